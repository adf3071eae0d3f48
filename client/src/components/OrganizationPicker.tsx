import { Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganizationSearch } from './use-organization-search';

type Option = { id: string; name: string };

/** Props of `OrganizationPicker`. */
export interface OrganizationPickerProps {
  label: string;
  value: Option | null;
  onChange: (organization: Option | null) => void;
  required?: boolean;
  error?: string | null;
}

/** Picks one organization, searched by name in the directory (with or without diacritics). */
export function OrganizationPicker({ label, value, onChange, required, error }: OrganizationPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { options, loading } = useOrganizationSearch(search === value?.name ? '' : search);
  const all = value && !options.some((o) => o.id === value.id) ? [value, ...options] : options;
  return (
    <Select
      label={label}
      required={required}
      error={error}
      searchable
      clearable
      placeholder={t('pickers.searchOrganization')}
      nothingFoundMessage={loading ? t('common.loading') : t('pickers.typeToSearch')}
      data={all.map((o) => ({ value: o.id, label: o.name }))}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: items }) => items}
      onChange={(id) => onChange(all.find((o) => o.id === id) ?? null)}
    />
  );
}
