import { graphql } from '../gql';
import { useServerSearch } from './use-server-search';

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
  return useServerSearch(AreaOptionsQuery, search, (data): AreaOption[] =>
    data.areas.edges.map(({ node }) => ({
      id: node.id,
      name: node.name,
      parentName: node.parent?.name ?? null,
    })),
  );
}
