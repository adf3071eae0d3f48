import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of `DirectorySearchBox`. */
export interface DirectorySearchBoxProps {
  initialValue: string;
  /** Called a moment after the user stops typing. */
  onSearch: (value: string) => void;
}

/** The directory's search field (diacritics optional: "lang son" finds "Lạng Sơn"). */
export function DirectorySearchBox({ initialValue, onSearch }: DirectorySearchBoxProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initialValue);
  const search = useDebouncedCallback(onSearch, 300);
  return (
    <TextInput
      type="search"
      label={t('directory.searchLabel')}
      placeholder={t('directory.searchPlaceholder')}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={value}
      autoComplete="off"
      onChange={(event) => {
        setValue(event.currentTarget.value);
        search(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onSearch(value);
      }}
    />
  );
}
