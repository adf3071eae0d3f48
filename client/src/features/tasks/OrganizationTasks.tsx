import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FilteredConnectionView } from '../../components/ConnectionView';
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
        ...NextPage
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
  const query = useQuery(OrganizationTaskListQuery, { variables: { filter } });
  useTasksLive(organizationId, () => void query.refetch());
  return (
    <FilteredConnectionView
      filters={<TaskFilters />}
      connection={query.data?.tasks}
      query={query}
      countText={(count) => t('tasks.count', { count })}
      emptyText={t('tasks.empty')}
    >
      {(tasks) => <TaskList tasks={tasks} label={t('tasks.listLabel')} />}
    </FilteredConnectionView>
  );
}
