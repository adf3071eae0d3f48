import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OrganizationLink } from '../../components/OrganizationLink';
import { SectionCard } from '../../components/SectionCard';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormatDateTime, useFormatLocalDate } from '../../i18n/format-date';
import { AssignTaskButton } from './AssignTaskButton';

const TaskAssignmentsFragment = graphql(`
  fragment TaskAssignments on Task {
    id
    dueOn
    assignments {
      id
      role
      dueOn
      organization {
        id
        name
      }
      personInCharge {
        id
        fullName
      }
      progress
      reportedAt
    }
  }
`);

/**
 * Each organization's part of the task, the lead (chủ trì) first: its own deadline, its latest
 * progress, or that it has not reported yet; coordinating organizations are added when `canAssign`.
 */
export function TaskAssignments(props: {
  task: FragmentType<typeof TaskAssignmentsFragment>;
  /** `viewerCan.manage`, while the task is open. */
  canAssign?: boolean;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const formatDateTime = useFormatDateTime();
  const task = getFragmentData(TaskAssignmentsFragment, props.task);
  const sorted = task.assignments.toSorted((a, b) => (a.role === b.role ? 0 : a.role === 'LEAD' ? -1 : 1));
  const reported = sorted.filter((a) => Boolean(a.reportedAt)).length;
  return (
    <SectionCard
      title={t('taskAgencies.title')}
      intro={t('taskAgencies.summary', { reported, total: sorted.length })}
      actions={props.canAssign && <AssignTaskButton taskId={task.id} />}
    >
      <List spacing="sm" listStyleType="none" aria-label={t('tasks.assignments')}>
        {sorted.map((a) => (
          <List.Item key={a.id} data-testid="agency-part">
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Badge variant={a.role === 'LEAD' ? 'filled' : 'light'} tt="none" miw={90}>
                {t(`assignmentRole.${a.role}`)}
              </Badge>
              <Stack gap={2}>
                <OrganizationLink organization={a.organization} />
                <Text size="xs" c="dimmed">
                  {[
                    a.personInCharge &&
                      `${t('taskAgencies.personInChargeShort')}: ${a.personInCharge.fullName}`,
                    `${t('taskAgencies.due')}: ${a.dueOn ? formatDate(a.dueOn) : `${formatDate(task.dueOn)} (${t('taskAgencies.taskDue')})`}`,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                {a.reportedAt ? (
                  <Text size="xs">
                    {t('taskAgencies.latest')}:{' '}
                    {t('taskAgencies.progress', {
                      percent: a.progress ?? 0,
                      date: formatDateTime(a.reportedAt),
                    })}
                  </Text>
                ) : (
                  <Badge size="sm" color="orange" variant="light" tt="none">
                    {t('taskAgencies.notReported')}
                  </Badge>
                )}
              </Stack>
            </Group>
          </List.Item>
        ))}
      </List>
    </SectionCard>
  );
}
