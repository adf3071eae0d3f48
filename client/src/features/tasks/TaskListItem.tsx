import { Anchor, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { TaskStatusBadge } from '../../components/TaskStatusBadge';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormatLocalDate } from '../../i18n/format-date';

const TaskListItemFragment = graphql(`
  fragment TaskListItem on Task {
    id
    title
    dueOn
    status
    deadlineBucket
    progressPercent
    leadAssignment {
      id
      organization {
        id
        name
      }
    }
  }
`);

/** What a parent spreads (`...TaskListItem`) to render a task with `TaskListItem`. */
export type TaskListItemData = FragmentType<typeof TaskListItemFragment>;

/** One task in a list: title (a link to it), lead, deadline, status and progress. */
export function TaskListItem(props: { task: TaskListItemData }) {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const task = getFragmentData(TaskListItemFragment, props.task);
  return (
    <Stack gap={4} py="xs">
      <Anchor component={Link} to={paths.task(task.id)} fw={500}>
        {task.title}
      </Anchor>
      <Group gap="xs">
        <DeadlineBadge bucket={task.deadlineBucket} />
        <TaskStatusBadge status={task.status} />
        <Text size="sm" c="dimmed">
          {t('tasks.dueOn', { date: formatDate(task.dueOn) })}
        </Text>
        {task.leadAssignment && (
          <Text size="sm" c="dimmed">
            {t('tasks.leadIs', { name: task.leadAssignment.organization.name })}
          </Text>
        )}
      </Group>
      <Progress
        value={task.progressPercent}
        size="sm"
        maw={320}
        aria-label={t('tasks.progressLabel', { percent: task.progressPercent })}
      />
    </Stack>
  );
}
