import { SegmentedControl, Stack, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { GROUPINGS, type GroupableTask, groupTasks, type TaskGrouping } from './task-groups';
import { TaskList } from './TaskList';
import type { TaskListItemData } from './TaskListItem';

/** The loaded tasks as one list, or in groups (by program or lead organization), each a named list. */
export function GroupedTaskList(props: { tasks: (GroupableTask & TaskListItemData)[]; by: TaskGrouping }) {
  const { t } = useTranslation();
  const groups = groupTasks(props.tasks, props.by);
  if (props.by === 'none') return <TaskList tasks={props.tasks} label={t('tasks.listLabel')} />;
  return (
    <Stack gap="md">
      {groups.map((group) => {
        const name = group.name ?? t(props.by === 'program' ? 'tasks.noProgram' : 'tasks.noLead');
        return (
          <Stack key={group.key ?? ''} gap={0}>
            <Title order={3} size="h5">
              {t('tasks.groupTitle', { name, count: group.tasks.length })}
            </Title>
            <TaskList tasks={group.tasks} label={name} />
          </Stack>
        );
      })}
    </Stack>
  );
}

/** The choice of grouping: side by side, or one under the other on a phone-wide screen. */
export function GroupingControl(props: { value: TaskGrouping; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 36em)');
  return (
    <SegmentedControl
      aria-label={t('tasks.groupBy')}
      value={props.value}
      onChange={props.onChange}
      data={GROUPINGS.map((value) => ({ value, label: t(`tasks.grouping.${value}`) }))}
      orientation={narrow ? 'vertical' : 'horizontal'}
      w="fit-content"
    />
  );
}
