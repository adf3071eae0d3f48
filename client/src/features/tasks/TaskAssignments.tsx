import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OrganizationLink } from '../../components/OrganizationLink';
import { SectionCard } from '../../components/SectionCard';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormatLocalDate } from '../../i18n/format-date';
import { latestReportByOrganization } from './agency-parts';
import { AssignTaskButton } from './AssignTaskButton';

/** How many of the latest reports the parts are read from. */
const REPORT_WINDOW = 20;

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
    }
    reports(first: 20) {
      totalCount
      edges {
        node {
          id
          percent
          reportedOn
          organization {
            id
          }
        }
      }
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
  const task = getFragmentData(TaskAssignmentsFragment, props.task);
  const sorted = task.assignments.toSorted((a, b) => (a.role === b.role ? 0 : a.role === 'LEAD' ? -1 : 1));
  const latest = latestReportByOrganization(task.reports.edges.map((edge) => edge.node));
  const reported = sorted.filter((a) => latest.has(a.organization.id)).length;
  const partial = task.reports.totalCount > REPORT_WINDOW;
  return (
    <SectionCard
      title={t('taskAgencies.title')}
      intro={[
        t('taskAgencies.summary', { reported, total: sorted.length }),
        partial ? t('taskAgencies.recentOnly') : null,
      ]
        .filter(Boolean)
        .join(' ')}
      actions={props.canAssign && <AssignTaskButton taskId={task.id} />}
    >
      <List spacing="sm" listStyleType="none" aria-label={t('tasks.assignments')}>
        {sorted.map((a) => {
          const report = latest.get(a.organization.id);
          return (
            <List.Item key={a.id} data-testid="agency-part">
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Badge variant={a.role === 'LEAD' ? 'filled' : 'light'} tt="none" miw={90}>
                  {t(`assignmentRole.${a.role}`)}
                </Badge>
                <Stack gap={2}>
                  <OrganizationLink organization={a.organization} />
                  <Text size="xs" c="dimmed">
                    {[
                      a.personInCharge?.fullName,
                      `${t('taskAgencies.due')}: ${a.dueOn ? formatDate(a.dueOn) : `${formatDate(task.dueOn)} (${t('taskAgencies.taskDue')})`}`,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                  {report ? (
                    <Text size="xs">
                      {t('taskAgencies.latest')}:{' '}
                      {t('taskAgencies.progress', {
                        percent: report.percent,
                        date: formatDate(report.reportedOn),
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
          );
        })}
      </List>
    </SectionCard>
  );
}
