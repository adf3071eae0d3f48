import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { SearchPicker, searchText } from './SearchPicker';
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
export function OrganizationPicker(props: OrganizationPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { options, loading } = useOrganizationSearch(searchText(search, props.value?.name));
  return (
    <SearchPicker
      {...props}
      placeholder={t('pickers.searchOrganization')}
      search={search}
      onSearchChange={setSearch}
      options={options}
      loading={loading}
      labelOf={(o) => o.name}
    />
  );
}
