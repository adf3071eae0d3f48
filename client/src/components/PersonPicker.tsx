import { Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersonSearch } from './use-person-search';

type Option = { id: string; fullName: string };

/** Props of `PersonPicker`. */
export interface PersonPickerProps {
  label: string;
  value: Option | null;
  onChange: (person: Option | null) => void;
  required?: boolean;
  error?: string | null;
}

/** Picks one person, searched by full name in the directory (with or without diacritics). */
export function PersonPicker({ label, value, onChange, required, error }: PersonPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { options, loading } = usePersonSearch(search === value?.fullName ? '' : search);
  const all = value && !options.some((o) => o.id === value.id) ? [value, ...options] : options;
  return (
    <Select
      label={label}
      required={required}
      error={error}
      searchable
      clearable
      placeholder={t('pickers.searchPerson')}
      nothingFoundMessage={loading ? t('common.loading') : t('pickers.typeToSearch')}
      data={all.map((o) => ({ value: o.id, label: o.fullName }))}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: items }) => items}
      onChange={(id) => onChange(all.find((o) => o.id === id) ?? null)}
    />
  );
}
