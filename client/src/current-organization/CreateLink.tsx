import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useCurrentOrganization } from './use-current-organization';
import { useOrganizationCan } from './use-organization-can';

/** Props of `CreateLink`. */
export interface CreateLinkProps {
  /** What the viewer must be allowed for the current organization (its `viewerCan`). */
  permission: 'scheduleMeeting' | 'createProgram' | 'createTask';
  to: string;
  children: ReactNode;
}

/**
 * A link to a creation page, shown only once the server says the viewer may create it for the
 * current organization. Its own component, so the answer re-renders the button alone, not the page.
 */
export function CreateLink({ permission, to, children }: CreateLinkProps) {
  const { current } = useCurrentOrganization();
  const can = useOrganizationCan(current?.id);
  if (!can?.[permission]) return null;
  return (
    <Button component={Link} to={to}>
      {children}
    </Button>
  );
}
