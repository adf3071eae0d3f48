import type { ComponentProps } from 'react';
import { OrganizationListItem } from './OrganizationListItem';

type Item = ComponentProps<typeof OrganizationListItem>['organization'] & { id: string };

/** Props of `OrganizationList`. */
export interface OrganizationListProps {
  organizations: readonly Item[];
  /** Names the list for screen readers. */
  label: string;
}

/** A list of organizations (search results, children, partners). */
export function OrganizationList({ organizations, label }: OrganizationListProps) {
  return (
    <ul className="plain-list divided-list" aria-label={label}>
      {organizations.map((organization) => (
        <li key={organization.id}>
          <OrganizationListItem organization={organization} />
        </li>
      ))}
    </ul>
  );
}
