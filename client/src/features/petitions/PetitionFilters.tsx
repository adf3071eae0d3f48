import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListFilters } from '../../components/ListFilters';
import { DEADLINES, PETITION_KINDS, PETITION_STATUSES, usePetitionFilters } from './use-petition-filters';

/**
 * Filters of the petition list: search in the subject (diacritics optional), the days received,
 * status, kind, time limit.
 */
export function PetitionFilters() {
  const { t } = useTranslation();
  const { status, kind, deadline, set } = usePetitionFilters();
  return (
    <ListFilters
      label={t('petitions.filtersLabel')}
      searchLabel={t('petitions.search')}
      searchPlaceholder={t('petitions.searchPlaceholder')}
      dates={{ from: t('petitions.receivedFrom'), to: t('petitions.receivedTo') }}
    >
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
    </ListFilters>
  );
}
