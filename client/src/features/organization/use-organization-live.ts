import { useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { graphql } from '../../gql';

const OrganizationChangedSubscription = graphql(`
  subscription OrganizationChanged($id: ID!) {
    organizationChanged(organizationId: $id) {
      change
      organization {
        id
      }
    }
  }
`);

/**
 * Keeps an organization's page live over graphql-ws: on every change (renamed, moved,
 * merged, dissolved) `onChanged` runs, and the page refetches what it shows. The event is
 * used as a signal only, not as data: the refetch reads the committed state over HTTP, and
 * the normalised cache then updates every view of the organization.
 */
export function useOrganizationLive(organizationId: string, onChanged: () => void): void {
  const callback = useRef(onChanged);
  useEffect(() => {
    callback.current = onChanged;
  });
  useSubscription(OrganizationChangedSubscription, {
    variables: { id: organizationId },
    skip: !organizationId,
    onData: () => callback.current(),
  });
}
