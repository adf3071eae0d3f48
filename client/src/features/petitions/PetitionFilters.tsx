import { useTranslation } from 'react-i18next';
import { ChoiceFilter } from '../../components/ChoiceFilter';
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
      <ChoiceFilter
        label={t('petitions.statusFilter')}
        placeholder={t('petitions.any')}
        value={status}
        choices={PETITION_STATUSES}
        labelOf={(value) => t(`petitionStatus.${value}`)}
        onChange={(value) => set('status', value)}
        width={200}
      />
      <ChoiceFilter
        label={t('petitions.kindFilter')}
        placeholder={t('petitions.any')}
        value={kind}
        choices={PETITION_KINDS}
        labelOf={(value) => t(`petitionKind.${value}`)}
        onChange={(value) => set('kind', value)}
      />
      <ChoiceFilter
        label={t('petitions.deadlineFilter')}
        placeholder={t('petitions.any')}
        value={deadline}
        choices={DEADLINES}
        labelOf={(value) => t(`petitions.deadline.${value}`)}
        onChange={(value) => set('deadline', value)}
      />
    </ListFilters>
  );
}
