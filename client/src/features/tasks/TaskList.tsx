import { Divider, Stack } from '@mantine/core';
import { Fragment } from 'react';
import { TaskListItem, type TaskListItemData } from './TaskListItem';

/** Props of `TaskList`. */
export interface TaskListProps {
  tasks: (TaskListItemData & { id: string })[];
  label: string;
}

/** A list of tasks (an accessible list named `label`). */
export function TaskList({ tasks, label }: TaskListProps) {
  return (
    <Stack gap={0} role="list" aria-label={label}>
      {tasks.map((task, index) => (
        <Fragment key={task.id}>
          {index > 0 && <Divider />}
          <div role="listitem">
            <TaskListItem task={task} />
          </div>
        </Fragment>
      ))}
    </Stack>
  );
}
