import { useQuery } from '@apollo/client/react';
import { Card, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConnectionView } from '../../components/ConnectionView';
import { graphql } from '../../gql';
import { useTasksLive } from '../../live/use-tasks-live';
import { TaskFilters } from './TaskFilters';
import { TaskList } from './TaskList';
import { useTaskFilters } from './use-task-filters';

const OrganizationTaskListQuery = graphql(`
  query OrganizationTaskList($filter: TaskFilter!, $after: String) {
    tasks(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...TaskListItem
        }
      }
    }
  }
`);

/** The organization's tasks with their filters, live. */
export function OrganizationTasks({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const { role, status, bucket } = useTaskFilters();
  const filter = {
    organizationId,
    ...(role ? { role } : {}),
    ...(status ? { status: [status] } : {}),
    ...(bucket ? { deadlineBucket: [bucket] } : {}),
  };
  const { data, error, refetch, fetchMore } = useQuery(OrganizationTaskListQuery, { variables: { filter } });
  useTasksLive(organizationId, () => void refetch());
  return (
    <Stack>
      <TaskFilters />
      <Card withBorder padding="md">
        <ConnectionView
          connection={data?.tasks}
          error={error}
          onRetry={() => void refetch()}
          onLoadMore={(after) => fetchMore({ variables: { after } })}
          countText={(count) => t('tasks.count', { count })}
          emptyText={t('tasks.empty')}
        >
          {(tasks) => <TaskList tasks={tasks} label={t('tasks.listLabel')} />}
        </ConnectionView>
      </Card>
    </Stack>
  );
}
