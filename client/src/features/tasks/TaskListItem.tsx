import { Anchor, Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { TaskStatusBadge } from '../../components/TaskStatusBadge';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { localDateInVietnam, useFormatLocalDate } from '../../i18n/format-date';
import { daysOverdue } from './overdue';

const TaskListItemFragment = graphql(`
  fragment TaskListItem on Task {
    id
    title
    dueOn
    status
    deadlineBucket
    progressPercent
    program {
      id
      title
    }
    leadAssignment {
      id
      organization {
        id
        name
      }
    }
    assignments {
      id
      role
      organization {
        id
        name
      }
    }
  }
`);

/** What a parent spreads (`...TaskListItem`) to render a task with `TaskListItem`. */
export type TaskListItemData = FragmentType<typeof TaskListItemFragment>;

/**
 * One task in a list: title (a link to it), how many days overdue, status, deadline, progress (%),
 * its program, lead and coordinating organizations.
 */
export function TaskListItem(props: { task: TaskListItemData }) {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const task = getFragmentData(TaskListItemFragment, props.task);
  const coordinating = task.assignments.filter((a) => a.role === 'COORDINATING');
  const late = task.deadlineBucket === 'OVERDUE' ? daysOverdue(task.dueOn, localDateInVietnam()) : 0;
  return (
    <Stack gap={4} py="xs">
      <Anchor component={Link} to={paths.task(task.id)} fw={500}>
        {task.title}
      </Anchor>
      <Group gap="xs">
        {late > 0 ? (
          <Badge color="red" variant="light" tt="none">
            {t('tasks.overdueDays', { count: late })}
          </Badge>
        ) : (
          <DeadlineBadge bucket={task.deadlineBucket} />
        )}
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
      {(coordinating.length > 0 || task.program) && (
        <Text size="sm" c="dimmed">
          {[
            coordinating.length > 0 &&
              t('tasks.coordinatingAre', { names: coordinating.map((a) => a.organization.name).join(', ') }),
            task.program && t('tasks.programIs', { title: task.program.title }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      )}
      <Group gap="xs" wrap="nowrap">
        <Progress
          value={task.progressPercent}
          size="sm"
          w={240}
          aria-label={t('tasks.progressLabel', { percent: task.progressPercent })}
        />
        <Text size="sm" fw={500} data-testid="task-percent">
          {task.progressPercent}%
        </Text>
      </Group>
    </Stack>
  );
}
