import { Group, SegmentedControl, Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SearchFilter } from '../../components/SearchFilter';
import { BUCKETS, ROLES, SORTS, STATES, STATUSES_OF, useTaskFilters } from './use-task-filters';

/**
 * Filters of the task list: open or finished tasks, search in the title (diacritics optional),
 * role of the organization, status, deadline bucket, and the order.
 */
export function TaskFilters() {
  const { t } = useTranslation();
  const { search, role, status, bucket, sort, state, set } = useTaskFilters();
  return (
    <Stack gap="sm" role="search" aria-label={t('tasks.filtersLabel')}>
      <SegmentedControl
        aria-label={t('tasks.stateFilter')}
        value={state}
        onChange={(value) => set('state', value === 'open' ? null : value)}
        data={STATES.map((value) => ({ value, label: t(`tasks.state.${value}`) }))}
        w="fit-content"
      />
      <Group align="flex-end" gap="sm">
        <SearchFilter
          label={t('tasks.search')}
          placeholder={t('tasks.searchPlaceholder')}
          value={search}
          onSearch={(value) => set('q', value)}
        />
        <Select
          label={t('tasks.roleFilter')}
          placeholder={t('tasks.any')}
          clearable
          value={role}
          onChange={(value) => set('role', value)}
          data={ROLES.map((value) => ({ value, label: t(`assignmentRole.${value}`) }))}
          w={180}
        />
        <Select
          label={t('tasks.statusFilter')}
          placeholder={t('tasks.any')}
          clearable
          value={status}
          onChange={(value) => set('status', value)}
          data={STATUSES_OF[state].map((value) => ({ value, label: t(`taskStatus.${value}`) }))}
          w={200}
        />
        <Select
          label={t('tasks.bucketFilter')}
          placeholder={t('tasks.any')}
          clearable
          value={bucket}
          onChange={(value) => set('bucket', value)}
          data={BUCKETS.map((value) => ({ value, label: t(`deadlineBucket.${value}`) }))}
          w={240}
        />
        <Select
          label={t('tasks.sort')}
          value={sort}
          allowDeselect={false}
          onChange={(value) => set('sort', value === 'DUE_DATE' ? null : value)}
          data={SORTS.map((value) => ({ value, label: t(`tasks.sortBy.${value}`) }))}
          w={200}
        />
      </Group>
    </Stack>
  );
}
