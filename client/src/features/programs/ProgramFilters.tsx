import { useTranslation } from 'react-i18next';
import { ChoiceFilter } from '../../components/ChoiceFilter';
import { ListFilters } from '../../components/ListFilters';
import { PROGRAM_KINDS, PROGRAM_STATUSES, useProgramFilters } from './use-program-filters';

/** Filters of the program list: search (code or title, diacritics optional), status, kind. */
export function ProgramFilters() {
  const { t } = useTranslation();
  const { status, kind, set } = useProgramFilters();
  return (
    <ListFilters
      label={t('programs.filtersLabel')}
      searchLabel={t('programs.search')}
      searchPlaceholder={t('programs.searchPlaceholder')}
    >
      <ChoiceFilter
        label={t('programs.statusFilter')}
        placeholder={t('tasks.any')}
        value={status}
        choices={PROGRAM_STATUSES}
        labelOf={(value) => t(`programStatus.${value}`)}
        onChange={(value) => set('status', value)}
        width={200}
      />
      <ChoiceFilter
        label={t('programs.kindFilter')}
        placeholder={t('tasks.any')}
        value={kind}
        choices={PROGRAM_KINDS}
        labelOf={(value) => t(`programKind.${value}`)}
        onChange={(value) => set('kind', value)}
        width={260}
      />
    </ListFilters>
  );
}
