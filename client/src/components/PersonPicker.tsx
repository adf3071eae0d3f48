import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { SearchPicker, searchText } from './SearchPicker';
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
export function PersonPicker(props: PersonPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { options, loading } = usePersonSearch(searchText(search, props.value?.fullName));
  return (
    <SearchPicker
      {...props}
      placeholder={t('pickers.searchPerson')}
      search={search}
      onSearchChange={setSearch}
      options={options}
      loading={loading}
      labelOf={(p) => p.fullName}
    />
  );
}
