import { type FragmentType, graphql } from '../../gql';

/**
 * What a model's list row and its page both show: name, field, level, year registered, latest
 * status, adoptions, owner and area.
 */
export const ModelSummaryFragment = graphql(`
  fragment ModelSummary on MassMobilizationModel {
    id
    name
    field
    level
    yearRegistered
    latestStatus
    latestYear
    adoptionCount
    owner {
      id
      name
    }
    area {
      id
      name
    }
  }
`);

/** What a parent spreads (`...ModelSummary`) to render a model with `ModelListItem` or `ModelFacts`. */
export type ModelSummaryData = FragmentType<typeof ModelSummaryFragment>;
