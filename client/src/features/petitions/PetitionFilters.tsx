import { useTranslation } from 'react-i18next';
import { ChoiceFilter } from '../../components/ChoiceFilter';
import { ListFilters } from '../../components/ListFilters';
import { DEADLINES, PETITION_KINDS, PETITION_STATUSES } from './use-petition-filters';

/**
 * Filters of the petition list: search in the subject (diacritics optional), the days received,
 * status, kind, time limit.
 */
export function PetitionFilters() {
  const { t } = useTranslation();
  return (
    <ListFilters
      label={t('petitions.filtersLabel')}
      searchLabel={t('petitions.search')}
      searchPlaceholder={t('petitions.searchPlaceholder')}
      dates={{ from: t('petitions.receivedFrom'), to: t('petitions.receivedTo') }}
    >
      <ChoiceFilter
        param="status"
        label={t('petitions.statusFilter')}
        placeholder={t('petitions.any')}
        choices={PETITION_STATUSES}
        labelOf={(value) => t(`petitionStatus.${value}`)}
        width={200}
      />
      <ChoiceFilter
        param="kind"
        label={t('petitions.kindFilter')}
        placeholder={t('petitions.any')}
        choices={PETITION_KINDS}
        labelOf={(value) => t(`petitionKind.${value}`)}
      />
      <ChoiceFilter
        param="deadline"
        label={t('petitions.deadlineFilter')}
        placeholder={t('petitions.any')}
        choices={DEADLINES}
        labelOf={(value) => t(`petitions.deadline.${value}`)}
      />
    </ListFilters>
  );
}
