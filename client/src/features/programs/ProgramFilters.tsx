import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SearchFilter } from '../../components/SearchFilter';
import { PROGRAM_KINDS, PROGRAM_STATUSES, useProgramFilters } from './use-program-filters';

/** Filters of the program list: search (code or title, diacritics optional), status, kind. */
export function ProgramFilters() {
  const { t } = useTranslation();
  const { search, status, kind, set } = useProgramFilters();
  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={t('programs.filtersLabel')}>
      <SearchFilter
        label={t('programs.search')}
        placeholder={t('programs.searchPlaceholder')}
        value={search}
        onSearch={(value) => set('q', value)}
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
