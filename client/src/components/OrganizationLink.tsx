import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../app/paths';

/** Props of `OrganizationLink`. */
export interface OrganizationLinkProps {
  organization: { id: string; name: string };
  fw?: number;
}

/** The name of an organization, linking to its page in the directory. */
export function OrganizationLink({ organization, fw }: OrganizationLinkProps) {
  return (
    <Anchor component={Link} to={paths.organization(organization.id)} fw={fw}>
      {organization.name}
    </Anchor>
  );
}
