import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BUCKETS, ROLES, STATUSES, useTaskFilters } from './use-task-filters';

/** Filters of the task list: role of the organization, status, deadline bucket. */
export function TaskFilters() {
  const { t } = useTranslation();
  const { role, status, bucket, set } = useTaskFilters();
  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={t('tasks.filtersLabel')}>
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
        data={STATUSES.map((value) => ({ value, label: t(`taskStatus.${value}`) }))}
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
    </Group>
  );
}
