import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchPicker, searchText } from './SearchPicker';
import { type AreaOption, useAreaSearch } from './use-area-search';

/** Props of `AreaPicker`. */
export interface AreaPickerProps {
  label: string;
  value: AreaOption | null;
  onChange: (area: AreaOption | null) => void;
  required?: boolean;
  error?: string | null;
}

/** "Xã Hữu Lũng (Tỉnh Lạng Sơn)": an area with its parent, when it has one. */
export const areaLabel = (area: AreaOption): string =>
  area.parentName ? `${area.name} (${area.parentName})` : area.name;

/** Picks one administrative area, searched by name (with or without diacritics). */
export function AreaPicker(props: AreaPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { options, loading } = useAreaSearch(
    searchText(search, props.value ? areaLabel(props.value) : undefined),
  );
  return (
    <SearchPicker
      {...props}
      placeholder={t('pickers.searchArea')}
      search={search}
      onSearchChange={setSearch}
      options={options}
      loading={loading}
      labelOf={areaLabel}
    />
  );
}
