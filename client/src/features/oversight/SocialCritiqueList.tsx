import { useQuery } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChoiceFilter } from '../../components/ChoiceFilter';
import { ListFilters, useListParams } from '../../components/ListFilters';
import { FilteredRecordList } from '../../components/RecordList';
import { graphql } from '../../gql';
import { SideControl } from './SideControl';
import { SocialCritiqueListItem } from './SocialCritiqueListItem';
import { useOversightSide } from './use-oversight-side';

const SocialCritiqueListQuery = graphql(`
  query SocialCritiqueList($filter: SocialCritiqueFilter, $after: String) {
    socialCritiqueTally(filter: $filter) {
      critiques
      opinions
      answered
      takenIn
    }
    socialCritiques(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo { ...NextPage }
      edges { node { id ...SocialCritiqueListItem } }
    }
  }
`);

/** The critiques shown: every one, only those answered by the drafting body, or only the others. */
const ANSWERED = ['answered', 'unanswered'] as const;

/**
 * Social critiques ("phản biện xã hội") by or of the organization and those below, with their
 * totals: searched, held within a date range, answered or not.
 */
export function SocialCritiqueList({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const { searchAndRange, pick } = useListParams<'answered'>();
  const answered = pick('answered', ANSWERED);
  const [side] = useOversightSide();
  const filter = {
    ...(side === 'by' ? { organizationId } : { draftingOrganizationId: organizationId }),
    ...searchAndRange('heldFrom', 'heldTo'),
    ...(answered ? { answered: answered === 'answered' } : {}),
  };
  const query = useQuery(SocialCritiqueListQuery, { variables: { filter } });
  const tally = query.data?.socialCritiqueTally;
  return (
    <FilteredRecordList
      filters={
        <>
          <SideControl kind="critique" />
          <ListFilters
            label={t('oversight.critiqueFiltersLabel')}
            searchLabel={t('oversight.searchCritique')}
            dates={{ from: t('oversight.heldFrom'), to: t('oversight.heldTo') }}
          >
            <ChoiceFilter
              param="answered"
              label={t('oversight.answeredFilter')}
              placeholder={t('oversight.answeredChoice.all')}
              choices={ANSWERED}
              labelOf={(value) => t(`oversight.answeredChoice.${value}`)}
            />
          </ListFilters>
          {tally && (
            <Text size="sm" fw={500} data-testid="critique-tally">
              {t('oversight.critiqueTally', tally)}
            </Text>
          )}
        </>
      }
      connection={query.data?.socialCritiques}
      query={query}
      countText={(count) => t('oversight.critiqueCount', { count })}
      emptyText={t('oversight.noCritique')}
      label={t('oversight.critiques')}
    >
      {(critique) => <SocialCritiqueListItem critique={critique} />}
    </FilteredRecordList>
  );
}
