import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type GroupableTask, groupTasks } from './task-groups';
import { TaskList } from './TaskList';
import type { TaskListItemData } from './TaskListItem';
import type { TaskGrouping } from './use-task-filters';

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
