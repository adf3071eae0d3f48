import { useQuery } from '@apollo/client/react';
import { Badge, Group, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUrlParams } from '../../app/use-url-params';
import { FilteredConnectionView } from '../../components/ConnectionView';
import { PageTitle } from '../../components/PageTitle';
import { SearchFilter } from '../../components/SearchFilter';
import { RequireOrganization } from '../../current-organization/RequireOrganization';
import { graphql } from '../../gql';
import type { SituationSeverity, SituationStatus } from '../../gql/graphql';
import { useFormatLocalDate } from '../../i18n/format-date';
import { RecordList } from '../../components/RecordList';

const ComplexSituationListQuery = graphql(`
  query ComplexSituationList($filter: ComplexSituationFilter, $after: String) {
    complexSituations(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          id
          title
          category
          severity
          status
          openedOn
          resolvedOn
          area {
            id
            name
          }
          organization {
            id
            name
          }
          handlingOrganizations {
            id
            name
          }
        }
      }
    }
  }
`);

const STATUSES: SituationStatus[] = ['EMERGING', 'HANDLING', 'STABILIZED', 'RESOLVED'];
const SEVERITY_COLORS: Record<SituationSeverity, string> = {
  LOW: 'gray',
  MEDIUM: 'yellow',
  HIGH: 'orange',
  CRITICAL: 'red',
};

/** "Tình hình Nhân dân": the complex situations ("điểm nóng") of the viewer's organization (read-only). */
export default function SituationsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('situations.title')} intro={t('situations.intro')} />
      <RequireOrganization>
        {(organization) => <SituationList organizationId={organization.id} />}
      </RequireOrganization>
    </>
  );
}

function SituationList({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const { get, pick, set } = useUrlParams<'q' | 'status'>();
  const search = get('q') ?? '';
  const status = pick('status', STATUSES);
  const filter = { organizationId, ...(search ? { search } : {}), ...(status ? { status: [status] } : {}) };
  const query = useQuery(ComplexSituationListQuery, { variables: { filter } });
  return (
    <FilteredConnectionView
      filters={
        <Group align="flex-end" gap="sm" role="search" aria-label={t('situations.filtersLabel')}>
          <SearchFilter
            label={t('situations.search')}
            placeholder={t('oversight.searchPlaceholder')}
            value={search}
            onSearch={(value) => set('q', value)}
          />
          <Select
            label={t('situations.statusFilter')}
            placeholder={t('situations.any')}
            clearable
            value={status}
            onChange={(value) => set('status', value)}
            data={STATUSES.map((value) => ({ value, label: t(`situationStatus.${value}`) }))}
            w={200}
          />
        </Group>
      }
      connection={query.data?.complexSituations}
      query={query}
      countText={(count) => t('situations.count', { count })}
      emptyText={t('situations.empty')}
    >
      {(situations) => (
        <RecordList records={situations} label={t('situations.listLabel')}>
          {(s) => (
            <>
              <Text fw={500}>{s.title}</Text>
              <Group gap="xs">
                <Badge color={SEVERITY_COLORS[s.severity]} variant="light" tt="none">
                  {t(`situationSeverity.${s.severity}`)}
                </Badge>
                <Badge variant="outline" tt="none">
                  {t(`situationStatus.${s.status}`)}
                </Badge>
                <Text size="sm" c="dimmed">
                  {t(`situationCategory.${s.category}`)}
                </Text>
              </Group>
              <Text size="sm" c="dimmed">
                {[
                  t('situations.openedOn', { date: formatDate(s.openedOn) }),
                  s.resolvedOn && t('situations.resolvedOn', { date: formatDate(s.resolvedOn) }),
                  s.area.name,
                  t('situations.handledBy', {
                    names: s.handlingOrganizations.map((o) => o.name).join(', ') || s.organization.name,
                  }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </>
          )}
        </RecordList>
      )}
    </FilteredConnectionView>
  );
}
