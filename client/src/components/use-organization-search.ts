import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { graphql } from '../gql';

const OrganizationOptionsQuery = graphql(`
  query OrganizationOptions($search: String!) {
    organizations(filter: { search: $search, status: [ACTIVE] }, first: 10) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** Active organizations matching `search` (diacritics optional), for the organization pickers. */
export function useOrganizationSearch(search: string) {
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data, loading } = useQuery(OrganizationOptionsQuery, {
    variables: { search: debounced },
    skip: debounced.length < 2,
  });
  return {
    options: debounced.length < 2 ? [] : (data?.organizations.edges.map((edge) => edge.node) ?? []),
    // Still typing (the debounced text lags behind) counts as loading, not as "nothing found".
    loading: loading || debounced !== search.trim(),
  };
}
