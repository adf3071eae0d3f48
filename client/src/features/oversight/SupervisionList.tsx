import { useQuery } from '@apollo/client/react';
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FilteredConnectionView } from '../../components/ConnectionView';
import { SearchFilter } from '../../components/SearchFilter';
import { graphql } from '../../gql';
import { useFormatLocalDate } from '../../i18n/format-date';
import { RecordList } from '../../components/RecordList';
import { SupervisionRecommendations } from './SupervisionRecommendations';
import { SideControl } from './SideControl';
import { useOversightSide } from './use-oversight-side';
import { useSearch } from './use-search';

const SupervisionListQuery = graphql(`
  query SupervisionList($filter: SupervisionFilter, $after: String) {
    supervisionTally(filter: $filter) {
      supervisions
      recommendations
      answered
      tasked
    }
    supervisions(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          id
          title
          subjectKind
          subjectDescription
          periodStart
          periodEnd
          concludedOn
          recommendationCount
          answeredCount
          organization {
            id
            name
          }
          subjectOrganization {
            id
            name
          }
          subjectPerson {
            id
            fullName
          }
          ...SupervisionRecommendations
        }
      }
    }
  }
`);

/** Supervisions ("giám sát") by or of the organization and those below: recommendations answered / made. */
export function SupervisionList({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const [search, setSearch] = useSearch();
  const [side] = useOversightSide();
  const filter = {
    ...(side === 'by' ? { organizationId } : { subjectOrganizationId: organizationId }),
    ...(search ? { search } : {}),
  };
  const query = useQuery(SupervisionListQuery, { variables: { filter } });
  const tally = query.data?.supervisionTally;
  return (
    <FilteredConnectionView
      filters={
        <Group align="flex-end" justify="space-between">
          <SideControl kind="supervision" />
          <SearchFilter
            label={t('oversight.searchSupervision')}
            placeholder={t('oversight.searchPlaceholder')}
            value={search}
            onSearch={(value) => setSearch(value ?? '')}
          />
          {tally && (
            <Text size="sm" fw={500} data-testid="supervision-tally">
              {t('oversight.supervisionTally', tally)}
            </Text>
          )}
        </Group>
      }
      connection={query.data?.supervisions}
      query={query}
      countText={(count) => t('oversight.supervisionCount', { count })}
      emptyText={t('oversight.noSupervision')}
    >
      {(supervisions) => (
        <RecordList records={supervisions} label={t('oversight.supervisions')}>
          {(s) => (
            <>
              <Text fw={500}>{s.title}</Text>
              <Text size="sm">
                {t(`supervisionSubject.${s.subjectKind}`)}:{' '}
                {s.subjectOrganization?.name ?? s.subjectPerson?.fullName ?? s.subjectDescription ?? ''}
              </Text>
              <Text size="sm" c="dimmed">
                {[
                  s.organization.name,
                  t('oversight.period', { from: formatDate(s.periodStart), to: formatDate(s.periodEnd) }),
                  t('oversight.concludedOn', { date: formatDate(s.concludedOn) }),
                  t('oversight.answeredOf', { answered: s.answeredCount, made: s.recommendationCount }),
                ].join(' · ')}
              </Text>
              <SupervisionRecommendations supervision={s} />
            </>
          )}
        </RecordList>
      )}
    </FilteredConnectionView>
  );
}
