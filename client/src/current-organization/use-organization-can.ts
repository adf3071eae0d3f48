import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

const OrganizationCanQuery = graphql(`
  query OrganizationCan($id: ID!) {
    organization(id: $id) {
      id
      viewerCan {
        scheduleMeeting
        createProgram
        createTask
      }
    }
  }
`);

/**
 * What the viewer may create for an organization, as the server says (`viewerCan`); undefined
 * while it loads, so a page shows an action only once the answer is in.
 */
export function useOrganizationCan(organizationId: string | undefined) {
  const { data } = useQuery(OrganizationCanQuery, {
    variables: { id: organizationId ?? '' },
    skip: !organizationId,
  });
  return data?.organization.viewerCan;
}
