import { useQuery } from '@apollo/client/react';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../../components/EmptyNote';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { LoadMoreButton } from '../../components/LoadMoreButton';
import { getFragmentData, graphql } from '../../gql';
import { OrganizationConnectionPageFragment } from './organization-connection-page';
import { OrganizationList } from './OrganizationList';

const PAGE_SIZE = 20;

const DirectorySearchQuery = graphql(`
  query DirectorySearch($filter: OrganizationFilter!, $first: Int!, $after: String) {
    organizations(filter: $filter, first: $first, after: $after) {
      ...OrganizationConnectionPage
    }
  }
`);

/** Props of `OrganizationSearchResults`. */
export interface OrganizationSearchResultsProps {
  /** Free text; the server ignores case and diacritics. */
  search: string;
  /** Limits the results to this area and the areas below it. */
  areaId: string | null;
}

/** Organizations matching a search and/or an area, a page at a time. */
export function OrganizationSearchResults({ search, areaId }: OrganizationSearchResultsProps) {
  const { t } = useTranslation();
  const filter = {
    ...(search ? { search } : {}),
    ...(areaId ? { areaId, includeDescendantAreas: true } : {}),
  };
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(DirectorySearchQuery, {
    variables: { filter, first: PAGE_SIZE },
  });
  const result = getFragmentData(OrganizationConnectionPageFragment, (data ?? previousData)?.organizations);

  if (error && !result) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!result) return <LoadingState />;
  return (
    <Stack gap="xs" aria-busy={loading}>
      <Text size="sm" c="dimmed" role="status" aria-live="polite">
        {t('directory.resultCount', { count: result.totalCount })}
      </Text>
      {result.edges.length === 0 ? (
        <EmptyNote>{t('directory.noResults')}</EmptyNote>
      ) : (
        <OrganizationList
          label={t('directory.resultsLabel')}
          organizations={result.edges.map((edge) => edge.node)}
        />
      )}
      {result.pageInfo.hasNextPage && (
        <LoadMoreButton onLoadMore={() => fetchMore({ variables: { after: result.pageInfo.endCursor } })} />
      )}
    </Stack>
  );
}
