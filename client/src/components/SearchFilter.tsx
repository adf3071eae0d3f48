import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

/** Props of `SearchFilter`. */
export interface SearchFilterProps {
  label: string;
  placeholder: string;
  /** The search in force (from the URL). */
  value: string;
  /** Called 300 ms after typing stops, with the trimmed text or null when empty. */
  onSearch: (value: string | null) => void;
}

/** A list screen's search box: what is typed shows at once, the search follows once typing pauses. */
export function SearchFilter({ label, placeholder, value, onSearch }: SearchFilterProps) {
  const [text, setText] = useState(value);
  const search = useDebouncedCallback((typed: string) => onSearch(typed.trim() || null), 300);
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        search(event.currentTarget.value);
      }}
      w={280}
    />
  );
}
