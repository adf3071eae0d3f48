import { Anchor, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { SectionCard } from '../../components/SectionCard';
import { TaskStatusBadge } from '../../components/TaskStatusBadge';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormatLocalDate } from '../../i18n/format-date';

const TaskFactsFragment = graphql(`
  fragment TaskFacts on Task {
    id
    description
    dueOn
    startsOn
    completedOn
    status
    statusReason
    priority
    deadlineBucket
    progressPercent
    program {
      id
      title
    }
  }
`);

/** The facts of a task: status, deadline, priority, progress, program. */
export function TaskFacts(props: { task: FragmentType<typeof TaskFactsFragment> }) {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const task = getFragmentData(TaskFactsFragment, props.task);
  const rows: [string, React.ReactNode][] = [
    [
      t('tasks.status'),
      <Group gap="xs" key="status">
        <TaskStatusBadge status={task.status} />
        <DeadlineBadge bucket={task.deadlineBucket} />
      </Group>,
    ],
    [t('tasks.due'), formatDate(task.dueOn)],
    [t('tasks.priority'), t(`taskPriority.${task.priority}`)],
  ];
  if (task.startsOn) rows.push([t('tasks.startsOn'), formatDate(task.startsOn)]);
  if (task.completedOn) rows.push([t('tasks.completedOn'), formatDate(task.completedOn)]);
  if (task.statusReason) rows.push([t('tasks.statusReason'), task.statusReason]);
  if (task.program) {
    rows.push([
      t('tasks.program'),
      <Anchor component={Link} to={paths.program(task.program.id)} key="program">
        {task.program.title}
      </Anchor>,
    ]);
  }
  return (
    <SectionCard title={t('tasks.facts')}>
      <Stack gap="sm">
        {task.description && <Text size="sm">{task.description}</Text>}
        <Table variant="vertical" withTableBorder={false}>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={160}>{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Progress
          value={task.progressPercent}
          aria-label={t('tasks.progressLabel', { percent: task.progressPercent })}
        />
        <Text size="sm" c="dimmed">
          {t('tasks.progressLabel', { percent: task.progressPercent })}
        </Text>
      </Stack>
    </SectionCard>
  );
}
