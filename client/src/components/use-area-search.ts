import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { graphql } from '../gql';

const AreaOptionsQuery = graphql(`
  query AreaOptions($search: String!) {
    areas(filter: { search: $search }, first: 10) {
      edges {
        node {
          id
          name
          level
          parent {
            id
            name
          }
        }
      }
    }
  }
`);

/** An administrative area offered by the area picker. */
export interface AreaOption {
  id: string;
  name: string;
  /** Its parent's name, to tell two communes of the same name apart. */
  parentName?: string | null;
}

/** Administrative areas matching `search` (diacritics optional), for the area picker. */
export function useAreaSearch(search: string) {
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data, loading } = useQuery(AreaOptionsQuery, {
    variables: { search: debounced },
    skip: debounced.length < 2,
  });
  const options: AreaOption[] =
    debounced.length < 2
      ? []
      : (data?.areas.edges.map(({ node }) => ({
          id: node.id,
          name: node.name,
          parentName: node.parent?.name ?? null,
        })) ?? []);
  // Still typing (the debounced text lags behind) counts as loading, not as "nothing found".
  return { options, loading: loading || debounced !== search.trim() };
}
