import { useQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConnectionView } from '../../components/ConnectionView';
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
  const query = useQuery(DirectorySearchQuery, {
    variables: { filter, first: PAGE_SIZE },
  });
  const connection = getFragmentData(
    OrganizationConnectionPageFragment,
    (query.data ?? query.previousData)?.organizations,
  );
  return (
    <Stack gap="xs" aria-busy={query.loading}>
      <ConnectionView
        connection={connection}
        query={query}
        countText={(count) => t('directory.resultCount', { count })}
        emptyText={t('directory.noResults')}
      >
        {(organizations) => (
          <OrganizationList label={t('directory.resultsLabel')} organizations={organizations} />
        )}
      </ConnectionView>
    </Stack>
  );
}
