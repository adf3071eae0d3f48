import { graphql } from '../../gql';

/** An organization's area (and its parent's name), where the reports screens start. */
export const OrganizationAreaQuery = graphql(`
  query OrganizationArea($id: ID!) {
    organization(id: $id) {
      id
      area {
        id
        name
        parent {
          id
          name
        }
      }
    }
  }
`);
