import { useQuery } from '@apollo/client/react';
import { Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../../components/EmptyNote';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { LoadMoreButton } from '../../components/LoadMoreButton';
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
  const connection = data?.tasks;
  return (
    <Stack>
      <TaskFilters />
      <Card withBorder padding="md">
        {error && !data && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {!data && !error && <LoadingState />}
        {connection && (
          <>
            <Text size="sm" c="dimmed" mb="xs">
              {t('tasks.count', { count: connection.totalCount })}
            </Text>
            {connection.edges.length === 0 ? (
              <EmptyNote>{t('tasks.empty')}</EmptyNote>
            ) : (
              <TaskList tasks={connection.edges.map((edge) => edge.node)} label={t('tasks.listLabel')} />
            )}
            {connection.pageInfo.hasNextPage && (
              <LoadMoreButton
                onLoadMore={() => fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
              />
            )}
          </>
        )}
      </Card>
    </Stack>
  );
}
