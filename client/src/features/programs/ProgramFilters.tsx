import { Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRAM_KINDS, PROGRAM_STATUSES, useProgramFilters } from './use-program-filters';

/** Filters of the program list: search (code or title, diacritics optional), status, kind. */
export function ProgramFilters() {
  const { t } = useTranslation();
  const { search, status, kind, set } = useProgramFilters();
  const [text, setText] = useState(search);
  const setSearch = useDebouncedCallback((value: string) => set('q', value.trim() || null), 300);
  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={t('programs.filtersLabel')}>
      <TextInput
        label={t('programs.search')}
        placeholder={t('programs.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setSearch(event.currentTarget.value);
        }}
        w={280}
      />
      <Select
        label={t('programs.statusFilter')}
        placeholder={t('tasks.any')}
        clearable
        value={status}
        onChange={(value) => set('status', value)}
        data={PROGRAM_STATUSES.map((value) => ({ value, label: t(`programStatus.${value}`) }))}
        w={200}
      />
      <Select
        label={t('programs.kindFilter')}
        placeholder={t('tasks.any')}
        clearable
        value={kind}
        onChange={(value) => set('kind', value)}
        data={PROGRAM_KINDS.map((value) => ({ value, label: t(`programKind.${value}`) }))}
        w={260}
      />
    </Group>
  );
}
