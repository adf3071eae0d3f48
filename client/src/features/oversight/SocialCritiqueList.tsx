import { useQuery } from '@apollo/client/react';
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FilteredConnectionView } from '../../components/ConnectionView';
import { SearchFilter } from '../../components/SearchFilter';
import { graphql } from '../../gql';
import { useFormatLocalDate } from '../../i18n/format-date';
import { AnswerCritiqueButton } from './AnswerCritiqueButton';
import { RecordList } from '../../components/RecordList';
import { SideControl } from './SideControl';
import { useOversightSide } from './use-oversight-side';
import { useSearch } from './use-search';

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
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          id
          version
          draftTitle
          form
          heldOn
          opinionsCount
          takenIn
          answeredOn
          organization {
            id
            name
          }
          draftingOrganization {
            id
            name
          }
          viewerCan {
            answer
          }
        }
      }
    }
  }
`);

/** Social critiques ("phản biện xã hội") by or of the organization and those below, with their totals. */
export function SocialCritiqueList({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const [search, setSearch] = useSearch();
  const [side] = useOversightSide();
  const filter = {
    ...(side === 'by' ? { organizationId } : { draftingOrganizationId: organizationId }),
    ...(search ? { search } : {}),
  };
  const query = useQuery(SocialCritiqueListQuery, { variables: { filter } });
  const tally = query.data?.socialCritiqueTally;
  return (
    <FilteredConnectionView
      filters={
        <Group align="flex-end" justify="space-between">
          <SideControl kind="critique" />
          <SearchFilter
            label={t('oversight.searchCritique')}
            placeholder={t('oversight.searchPlaceholder')}
            value={search}
            onSearch={(value) => setSearch(value ?? '')}
          />
          {tally && (
            <Text size="sm" fw={500} data-testid="critique-tally">
              {t('oversight.critiqueTally', tally)}
            </Text>
          )}
        </Group>
      }
      connection={query.data?.socialCritiques}
      query={query}
      countText={(count) => t('oversight.critiqueCount', { count })}
      emptyText={t('oversight.noCritique')}
    >
      {(critiques) => (
        <RecordList records={critiques} label={t('oversight.critiques')}>
          {(c) => (
            <>
              <Group justify="space-between" gap="xs">
                <Text fw={500}>{c.draftTitle}</Text>
                {c.viewerCan.answer && !c.answeredOn && <AnswerCritiqueButton critique={c} />}
              </Group>
              <Group gap="xs">
                <Badge variant="light" tt="none">
                  {t(`critiqueForm.${c.form}`)}
                </Badge>
                {c.takenIn !== null && c.takenIn !== undefined && (
                  <Badge color={c.takenIn ? 'green' : 'gray'} variant="light" tt="none">
                    {t(c.takenIn ? 'oversight.takenIn' : 'oversight.notTakenIn')}
                  </Badge>
                )}
                {!c.answeredOn && (
                  <Badge color="yellow" variant="outline" tt="none">
                    {t('oversight.unanswered')}
                  </Badge>
                )}
              </Group>
              <Text size="sm" c="dimmed">
                {[
                  formatDate(c.heldOn),
                  c.organization.name,
                  t('oversight.draftedBy', { name: c.draftingOrganization.name }),
                  t('oversight.opinions', { count: c.opinionsCount }),
                ].join(' · ')}
              </Text>
            </>
          )}
        </RecordList>
      )}
    </FilteredConnectionView>
  );
}
