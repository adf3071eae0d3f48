import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Props of `SearchPicker`: a directory search hook and how to label its options. */
export interface SearchPickerProps<T extends { id: string }> {
  label: string;
  value: T | null;
  onChange: (option: T | null) => void;
  required?: boolean;
  error?: string | null;
  placeholder: string;
  /** The text typed so far, and its setter (the caller runs the search hook with it). */
  search: string;
  onSearchChange: (search: string) => void;
  /** Options matching the typed text (the server searches with or without diacritics). */
  options: T[];
  loading: boolean;
  labelOf: (option: T) => string;
}

/** Characters typed before the server is asked. */
export const MIN_SEARCH_LENGTH = 2;

/**
 * What a picker with no option says: type more (too short to search), wait
 * (searching), or that nothing matches — never "type more" after a search.
 */
export function nothingFoundKey(
  search: string,
  loading: boolean,
): 'pickers.typeToSearch' | 'common.loading' | 'pickers.nothingFound' {
  if (search.trim().length < MIN_SEARCH_LENGTH) return 'pickers.typeToSearch';
  return loading ? 'common.loading' : 'pickers.nothingFound';
}

/** Picks one record searched on the server; the current value stays selectable while searching. */
export function SearchPicker<T extends { id: string }>({
  label,
  value,
  onChange,
  required,
  error,
  placeholder,
  search,
  onSearchChange,
  options,
  loading,
  labelOf,
}: SearchPickerProps<T>) {
  const { t } = useTranslation();
  const all = value && !options.some((o) => o.id === value.id) ? [value, ...options] : options;

  return (
    <Select
      label={label}
      required={required}
      error={error}
      searchable
      clearable
      placeholder={placeholder}
      nothingFoundMessage={t(nothingFoundKey(search, loading))}
      data={all.map((o) => ({ value: o.id, label: labelOf(o) }))}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={onSearchChange}
      filter={({ options: items }) => items}
      onChange={(id) => onChange(all.find((o) => o.id === id) ?? null)}
    />
  );
}

/** The text to search for: nothing while the box shows the chosen value's own label. */
export const searchText = (search: string, chosenLabel: string | undefined): string =>
  search === chosenLabel ? '' : search;
