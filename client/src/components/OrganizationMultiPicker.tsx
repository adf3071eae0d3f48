import { MultiSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nothingFoundKey } from './SearchPicker';
import { useOrganizationSearch } from './use-organization-search';

type Option = { id: string; name: string };

/** Props of `OrganizationMultiPicker`. */
export interface OrganizationMultiPickerProps {
  label: string;
  value: Option[];
  onChange: (organizations: Option[]) => void;
  /** Left out of the choices (e.g. the lead). */
  excludeId?: string | null;
}

/** Picks several organizations, searched by name in the directory. */
export function OrganizationMultiPicker({ label, value, onChange, excludeId }: OrganizationMultiPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { options, loading } = useOrganizationSearch(search);
  const all = [...value, ...options.filter((o) => !value.some((v) => v.id === o.id))].filter(
    (o) => o.id !== excludeId,
  );
  return (
    <MultiSelect
      label={label}
      searchable
      clearable
      placeholder={t('pickers.searchOrganization')}
      nothingFoundMessage={t(nothingFoundKey(search, loading))}
      data={all.map((o) => ({ value: o.id, label: o.name }))}
      value={value.map((o) => o.id)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: items }) => items}
      onChange={(ids) => {
        onChange(ids.map((id) => all.find((o) => o.id === id)).filter((o): o is Option => Boolean(o)));
        setSearch('');
      }}
    />
  );
}
