import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SearchFilter } from '../../components/SearchFilter';
import { DEADLINES, PETITION_KINDS, PETITION_STATUSES, usePetitionFilters } from './use-petition-filters';

/** Filters of the petition list: search in the subject (diacritics optional), status, kind, time limit. */
export function PetitionFilters() {
  const { t } = useTranslation();
  const { search, status, kind, deadline, set } = usePetitionFilters();
  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={t('petitions.filtersLabel')}>
      <SearchFilter
        label={t('petitions.search')}
        placeholder={t('petitions.searchPlaceholder')}
        value={search}
        onSearch={(value) => set('q', value)}
      />
      <Select
        label={t('petitions.statusFilter')}
        placeholder={t('petitions.any')}
        clearable
        value={status}
        onChange={(value) => set('status', value)}
        data={PETITION_STATUSES.map((value) => ({ value, label: t(`petitionStatus.${value}`) }))}
        w={200}
      />
      <Select
        label={t('petitions.kindFilter')}
        placeholder={t('petitions.any')}
        clearable
        value={kind}
        onChange={(value) => set('kind', value)}
        data={PETITION_KINDS.map((value) => ({ value, label: t(`petitionKind.${value}`) }))}
        w={180}
      />
      <Select
        label={t('petitions.deadlineFilter')}
        placeholder={t('petitions.any')}
        clearable
        value={deadline}
        onChange={(value) => set('deadline', value)}
        data={DEADLINES.map((value) => ({ value, label: t(`petitions.deadline.${value}`) }))}
        w={180}
      />
    </Group>
  );
}
