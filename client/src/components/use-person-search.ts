import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { graphql } from '../gql';

const PersonOptionsQuery = graphql(`
  query PersonOptions($search: String!) {
    people(filter: { search: $search }, first: 10) {
      edges {
        node {
          id
          fullName
        }
      }
    }
  }
`);

/** People whose full name matches `search` (diacritics optional), for the person picker. */
export function usePersonSearch(search: string) {
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data, loading } = useQuery(PersonOptionsQuery, {
    variables: { search: debounced },
    skip: debounced.length < 2,
  });
  return {
    options: debounced.length < 2 ? [] : (data?.people.edges.map((edge) => edge.node) ?? []),
    // Still typing (the debounced text lags behind) counts as loading, not as "nothing found".
    loading: loading || debounced !== search.trim(),
  };
}
