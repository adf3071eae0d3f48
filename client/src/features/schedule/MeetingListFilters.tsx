import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUrlParams } from '../../app/use-url-params';
import { ListFilters } from '../../components/ListFilters';
import { MEETING_SORTS, type MeetingSort } from './meeting-list-order';

/** The schedule list's search and sort, kept in the URL (`?q=…&sort=title`): all meetings by start time unless told otherwise. */
export function useMeetingListParams() {
  const { get, pick, set } = useUrlParams<'q' | 'sort'>();
  return { search: get('q') ?? '', sort: pick('sort', MEETING_SORTS) ?? ('start' as MeetingSort), set };
}

/** Search (title or place, diacritics optional) and sort (start time, title) of the schedule's meeting list. */
export function MeetingListFilters() {
  const { t } = useTranslation();
  const { sort, set } = useMeetingListParams();
  return (
    <ListFilters
      label={t('schedule.filtersLabel')}
      searchLabel={t('schedule.search')}
      searchPlaceholder={t('schedule.searchPlaceholder')}
    >
      <Select
        label={t('schedule.sort')}
        value={sort}
        allowDeselect={false}
        onChange={(value) => set('sort', value === 'start' ? null : value)}
        data={[
          { value: 'start', label: t('schedule.sortStart') },
          { value: 'title', label: t('schedule.sortTitle') },
        ]}
        w={200}
      />
    </ListFilters>
  );
}
