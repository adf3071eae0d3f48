import { Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ViewerOrganization } from './use-current-organization';

/** Props of `OrganizationSwitcher`. */
export interface OrganizationSwitcherProps {
  organizations: ViewerOrganization[];
  current: ViewerOrganization;
  onChange: (id: string) => void;
}

/** Chooses which of the viewer's organizations the page shows (just its name when only one). */
export function OrganizationSwitcher({ organizations, current, onChange }: OrganizationSwitcherProps) {
  const { t } = useTranslation();
  if (organizations.length < 2) {
    return (
      <Text fw={500} data-testid="current-organization">
        {current.name}
      </Text>
    );
  }
  return (
    <Select
      label={t('dashboard.organizationLabel')}
      data={organizations.map((o) => ({ value: o.id, label: o.name }))}
      value={current.id}
      onChange={(value) => value && onChange(value)}
      allowDeselect={false}
      maw={480}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
