import { useQuery } from '@apollo/client/react';
import { Badge, Checkbox, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListFilters, useListParams } from '../../components/ListFilters';
import { FilteredRecordList } from '../../components/RecordList';
import { graphql } from '../../gql';
import { useFormatLocalDate } from '../../i18n/format-date';

const SituationReportListQuery = graphql(`
  query SituationReportList($filter: SituationReportFilter, $after: String) {
    situationReports(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo { ...NextPage }
      edges {
        node {
          id
          periodStart
          periodEnd
          flaggedIssues
          organization {
            id
            name
          }
          themes {
            theme
            text
          }
        }
      }
    }
  }
`);

/**
 * The situation reports ("báo cáo tình hình Nhân dân") of the organization and those below it,
 * latest period first: each theme's text and the flagged issues; searched, within a period, or
 * only flagged ones.
 */
export function SituationReportList({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const { searchAndRange, get, set } = useListParams<'flagged'>();
  const flagged = get('flagged') === '1';
  const filter = {
    organizationId,
    ...searchAndRange('periodFrom', 'periodTo'),
    ...(flagged ? { flagged: true } : {}),
  };
  const query = useQuery(SituationReportListQuery, { variables: { filter } });
  return (
    <FilteredRecordList
      filters={
        <ListFilters
          label={t('situations.reportFiltersLabel')}
          searchLabel={t('situations.searchReports')}
          dates={{ from: t('situations.periodFrom'), to: t('situations.periodTo') }}
        >
          <Checkbox
            label={t('situations.flaggedOnly')}
            checked={flagged}
            onChange={(event) => set('flagged', event.currentTarget.checked ? '1' : null)}
            mb={8}
          />
        </ListFilters>
      }
      connection={query.data?.situationReports}
      query={query}
      countText={(count) => t('situations.reportCount', { count })}
      emptyText={t('situations.noReport')}
      label={t('situations.reports')}
    >
      {(r) => (
        <>
          <Text fw={500}>
            {t('situations.reportOf', {
              name: r.organization.name,
              from: formatDate(r.periodStart),
              to: formatDate(r.periodEnd),
            })}
          </Text>
          {r.themes.map((theme) => (
            <Stack gap={0} key={theme.theme}>
              <Text size="sm" fw={500}>
                {theme.theme}
              </Text>
              <Text size="sm" c="dimmed">
                {theme.text}
              </Text>
            </Stack>
          ))}
          {r.flaggedIssues.length > 0 && (
            <Stack gap={2}>
              <Badge color="red" variant="light" tt="none" w="fit-content">
                {t('situations.flaggedIssues')}
              </Badge>
              <List size="sm" spacing={2}>
                {r.flaggedIssues.map((issue) => (
                  <List.Item key={issue}>{issue}</List.Item>
                ))}
              </List>
            </Stack>
          )}
        </>
      )}
    </FilteredRecordList>
  );
}
