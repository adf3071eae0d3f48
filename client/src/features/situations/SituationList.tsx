import { useQuery } from '@apollo/client/react';
import { Badge, Group, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUrlParams } from '../../app/use-url-params';
import { FilteredConnectionView } from '../../components/ConnectionView';
import { RecordList } from '../../components/RecordList';
import { SearchFilter } from '../../components/SearchFilter';
import { graphql } from '../../gql';
import { useFormatLocalDate } from '../../i18n/format-date';
import { ChangeSituationStatusButton } from './ChangeSituationStatusButton';
import { NEXT_STATUSES, SEVERITY_COLORS, SITUATION_STATUSES } from './situation-values';

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
          version
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
          viewerCan {
            changeStatus
          }
        }
      }
    }
  }
`);

/**
 * The complex situations opened or handled by the organization or those below it, latest opened
 * first, searched and filtered by status; each with the status change the viewer may make.
 */
export function SituationList({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const { get, pick, set } = useUrlParams<'q' | 'status'>();
  const search = get('q') ?? '';
  const status = pick('status', SITUATION_STATUSES);
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
            data={SITUATION_STATUSES.map((value) => ({ value, label: t(`situationStatus.${value}`) }))}
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
              <Group justify="space-between" gap="xs">
                <Text fw={500}>{s.title}</Text>
                {s.viewerCan.changeStatus && NEXT_STATUSES[s.status].length > 0 && (
                  <ChangeSituationStatusButton situation={s} />
                )}
              </Group>
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
