import { useQuery } from '@apollo/client/react';
import { SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { graphql } from '../../gql';
import { useScheduleLive } from '../../live/use-schedule-live';
import { useTasksLive } from '../../live/use-tasks-live';
import { OnTimeRateCard } from './OnTimeRateCard';
import { TaskBucketSection } from './TaskBucketSection';
import { UpcomingBriefings } from './UpcomingBriefings';

const DashboardQuery = graphql(`
  query Dashboard($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
    organization(id: $id) {
      id
      name
      taskStats {
        ...OnTimeRate
      }
      overdue: tasks(first: 10, filter: { deadlineBucket: [OVERDUE] }) {
        totalCount
        edges { node { id ...TaskListItem } }
      }
      open: tasks(first: 10, filter: { deadlineBucket: [OPEN_WITHIN_DEADLINE] }) {
        totalCount
        edges { node { id ...TaskListItem } }
      }
      done: tasks(first: 5, filter: { deadlineBucket: [DONE_ON_TIME, DONE_LATE] }, orderBy: UPDATED_AT) {
        totalCount
        edges { node { id ...TaskListItem } }
      }
      briefingSchedule(from: $from, to: $to) {
        id
        ...UpcomingBriefing
      }
    }
  }
`);

const DAY = 86_400_000;

/** The organization's tasks by deadline bucket, on-time rate and next 30 days of meetings, live. */
export function OrganizationDashboard({ organizationId }: { organizationId: string }) {
  const [range] = useState(() => {
    const now = Date.now();
    return { from: new Date(now).toISOString(), to: new Date(now + 30 * DAY).toISOString() };
  });
  const { data, error, refetch } = useQuery(DashboardQuery, { variables: { id: organizationId, ...range } });
  useTasksLive(organizationId, () => void refetch());
  useScheduleLive(organizationId, () => void refetch());
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  const { organization } = data;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <OnTimeRateCard stats={organization.taskStats} />
        <UpcomingBriefings meetings={organization.briefingSchedule} />
      </SimpleGrid>
      <TaskBucketSection bucket="OVERDUE" connection={organization.overdue} />
      <TaskBucketSection bucket="OPEN_WITHIN_DEADLINE" connection={organization.open} />
      <TaskBucketSection bucket="DONE" connection={organization.done} />
    </Stack>
  );
}
