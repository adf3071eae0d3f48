import { graphql } from '../../gql';

/** A page of organizations of any list (search results, children, partners): what `OrganizationList` shows. */
export const OrganizationConnectionPageFragment = graphql(`
  fragment OrganizationConnectionPage on OrganizationConnection {
    totalCount
    edges { node { id ...OrganizationListItem } }
    pageInfo { ...NextPage }
  }
`);
