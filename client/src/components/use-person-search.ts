import { graphql } from '../gql';
import { useServerSearch } from './use-server-search';

const PersonOptionsQuery = graphql(`
  query PersonOptions($search: String!) {
    people(filter: { search: $search }, first: 10) {
      edges { node { id fullName } }
    }
  }
`);

/** People whose full name matches `search` (diacritics optional), for the person picker. */
export function usePersonSearch(search: string) {
  return useServerSearch(PersonOptionsQuery, search, (data) => data.people.edges.map((edge) => edge.node));
}
