import { useQuery } from '@apollo/client/react';
import { useSyncExternalStore } from 'react';
import { getFragmentData, graphql } from '../gql';
import type { Role } from '../gql/graphql';
import { currentOrganizationStore } from './current-organization-store';

/** The viewer's role grants: the organizations it works for, here and on "my organizations". */
export const ViewerRoleGrantsFragment = graphql(`
  fragment ViewerRoleGrants on User {
    roles {
      id
      role
      isActive
      organization {
        id
        name
      }
    }
  }
`);

const ViewerOrganizationsQuery = graphql(`
  query ViewerOrganizations {
    viewer {
      id
      ...ViewerRoleGrants
    }
  }
`);

/** An organization the viewer holds a role on. */
export interface ViewerOrganization {
  id: string;
  name: string;
  role: Role;
}

const RANK: Record<Role, number> = { ADMIN: 0, COORDINATOR: 1, MEMBER: 2, VIEWER: 3 };

/**
 * The organizations the viewer works for (from its active roles, strongest role first) and
 * the one chosen in this tab (by default the first). Pages of "my agency" read it.
 */
export function useCurrentOrganization() {
  const { data, loading, error, refetch } = useQuery(ViewerOrganizationsQuery);
  const chosenId = useSyncExternalStore(currentOrganizationStore.subscribe, currentOrganizationStore.get);
  const byId = new Map<string, ViewerOrganization>();
  const grants = data ? getFragmentData(ViewerRoleGrantsFragment, data.viewer).roles : [];
  for (const grant of grants) {
    if (!grant.isActive) continue;
    const known = byId.get(grant.organization.id);
    if (!known || RANK[grant.role] < RANK[known.role]) {
      byId.set(grant.organization.id, { ...grant.organization, role: grant.role });
    }
  }
  const organizations = [...byId.values()].toSorted((a, b) => RANK[a.role] - RANK[b.role]);
  const current = organizations.find((o) => o.id === chosenId) ?? organizations[0] ?? null;
  return {
    organizations,
    current,
    setCurrent: currentOrganizationStore.set,
    loading: loading && !data,
    error: data ? undefined : error,
    refetch,
  };
}
