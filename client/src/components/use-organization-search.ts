import { graphql } from '../gql';
import { useServerSearch } from './use-server-search';

const OrganizationOptionsQuery = graphql(`
  query OrganizationOptions($search: String!) {
    organizations(filter: { search: $search, status: [ACTIVE] }, first: 10) {
      edges { node { id name } }
    }
  }
`);

/** Active organizations matching `search` (diacritics optional), for the organization pickers. */
export function useOrganizationSearch(search: string) {
  return useServerSearch(OrganizationOptionsQuery, search, (data) =>
    data.organizations.edges.map((edge) => edge.node),
  );
}
