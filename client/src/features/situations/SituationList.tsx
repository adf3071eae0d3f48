import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ChoiceFilter } from '../../components/ChoiceFilter';
import { ListFilters, useListParams } from '../../components/ListFilters';
import { FilteredRecordList } from '../../components/RecordList';
import { graphql } from '../../gql';
import { SITUATION_STATUSES } from './situation-values';
import { SituationListItem } from './SituationListItem';

const ComplexSituationListQuery = graphql(`
  query ComplexSituationList($filter: ComplexSituationFilter, $after: String) {
    complexSituations(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo { ...NextPage }
      edges { node { id ...SituationListItem } }
    }
  }
`);

/**
 * The complex situations opened or handled by the organization or those below it, latest opened
 * first, searched and filtered by status and the day opened; each with what the viewer may do on
 * it: move it on, escalate it, start its response program.
 */
export function SituationList({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const { searchAndRange, pick } = useListParams<'status'>();
  const status = pick('status', SITUATION_STATUSES);
  const filter = {
    organizationId,
    ...searchAndRange('openedFrom', 'openedTo'),
    ...(status ? { status: [status] } : {}),
  };
  const query = useQuery(ComplexSituationListQuery, { variables: { filter } });
  return (
    <FilteredRecordList
      filters={
        <ListFilters
          label={t('situations.filtersLabel')}
          searchLabel={t('situations.search')}
          dates={{ from: t('situations.openedFrom'), to: t('situations.openedTo') }}
        >
          <ChoiceFilter
            param="status"
            label={t('situations.statusFilter')}
            placeholder={t('situations.any')}
            choices={SITUATION_STATUSES}
            labelOf={(value) => t(`situationStatus.${value}`)}
            width={200}
          />
        </ListFilters>
      }
      connection={query.data?.complexSituations}
      query={query}
      countText={(count) => t('situations.count', { count })}
      emptyText={t('situations.empty')}
      label={t('situations.listLabel')}
    >
      {(situation) => <SituationListItem situation={situation} />}
    </FilteredRecordList>
  );
}
