import { useQuery } from '@apollo/client/react';
import { Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListFilters, useListParams } from '../../components/ListFilters';
import { FilteredRecordList } from '../../components/RecordList';
import { graphql } from '../../gql';
import { useFormatLocalDate } from '../../i18n/format-date';
import { SideControl } from './SideControl';
import { SupervisionRecommendations } from './SupervisionRecommendations';
import { useOversightSide } from './use-oversight-side';

/** Recommendations shown apart (the API filters supervisions, not their recommendations). */
const SHOWN = ['answered', 'unanswered'] as const;

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
      pageInfo { ...NextPage }
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

/**
 * Supervisions ("giám sát") by or of the organization and those below, with "recommendations
 * answered / made": searched, within a period; the recommendations shown all, answered or not.
 */
export function SupervisionList({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const { searchAndRange, pick, set } = useListParams<'answered'>();
  const shown = pick('answered', SHOWN) ?? 'all';
  const [side] = useOversightSide();
  const filter = {
    ...(side === 'by' ? { organizationId } : { subjectOrganizationId: organizationId }),
    ...searchAndRange('periodFrom', 'periodTo'),
  };
  const query = useQuery(SupervisionListQuery, { variables: { filter } });
  const tally = query.data?.supervisionTally;
  return (
    <FilteredRecordList
      filters={
        <>
          <SideControl kind="supervision" />
          <ListFilters
            label={t('oversight.supervisionFiltersLabel')}
            searchLabel={t('oversight.searchSupervision')}
            dates={{ from: t('oversight.periodFrom'), to: t('oversight.periodTo') }}
          >
            <Select
              label={t('oversight.recommendationsShown')}
              allowDeselect={false}
              value={shown}
              onChange={(value) => set('answered', value === 'all' ? null : value)}
              data={(['all', ...SHOWN] as const).map((value) => ({
                value,
                label: t(`oversight.answeredChoice.${value}`),
              }))}
              w={180}
            />
          </ListFilters>
          {tally && (
            <Text size="sm" fw={500} data-testid="supervision-tally">
              {t('oversight.supervisionTally', tally)}
            </Text>
          )}
        </>
      }
      connection={query.data?.supervisions}
      query={query}
      countText={(count) => t('oversight.supervisionCount', { count })}
      emptyText={t('oversight.noSupervision')}
      label={t('oversight.supervisions')}
    >
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
          <SupervisionRecommendations supervision={s} shown={shown} />
        </>
      )}
    </FilteredRecordList>
  );
}
