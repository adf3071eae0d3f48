import { useTranslation } from 'react-i18next';
import { ChoiceFilter } from '../../components/ChoiceFilter';
import { ListFilters } from '../../components/ListFilters';
import { PROGRAM_KINDS, PROGRAM_STATUSES } from './use-program-filters';

/** Filters of the program list: search (code or title, diacritics optional), status, kind. */
export function ProgramFilters() {
  const { t } = useTranslation();
  return (
    <ListFilters
      label={t('programs.filtersLabel')}
      searchLabel={t('programs.search')}
      searchPlaceholder={t('programs.searchPlaceholder')}
    >
      <ChoiceFilter
        param="status"
        label={t('programs.statusFilter')}
        placeholder={t('tasks.any')}
        choices={PROGRAM_STATUSES}
        labelOf={(value) => t(`programStatus.${value}`)}
        width={200}
      />
      <ChoiceFilter
        param="kind"
        label={t('programs.kindFilter')}
        placeholder={t('tasks.any')}
        choices={PROGRAM_KINDS}
        labelOf={(value) => t(`programKind.${value}`)}
        width={260}
      />
    </ListFilters>
  );
}
