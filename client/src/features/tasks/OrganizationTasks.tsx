import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FilteredConnectionView } from '../../components/ConnectionView';
import { graphql } from '../../gql';
import { useTasksLive } from '../../live/use-tasks-live';
import { GroupedTaskList, GroupingControl } from './GroupedTaskList';
import { TaskFilters } from './TaskFilters';
import { STATUSES_OF, useTaskFilters } from './use-task-filters';

const OrganizationTaskListQuery = graphql(`
  query OrganizationTaskList($filter: TaskFilter!, $orderBy: TaskOrder, $after: String) {
    tasks(filter: $filter, orderBy: $orderBy, first: 20, after: $after) {
      totalCount
      pageInfo { ...NextPage }
      edges {
        node {
          id
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
          ...TaskListItem
        }
      }
    }
  }
`);

/**
 * The organization's tasks, live: open ones or finished ones, searched, filtered and ordered by the
 * API; the loaded page grouped by program or lead organization on request.
 */
export function OrganizationTasks({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const { search, role, status, bucket, sort, state, group, set } = useTaskFilters();
  const filter = {
    organizationId,
    status: status ? [status] : STATUSES_OF[state],
    ...(search ? { search } : {}),
    ...(role ? { role } : {}),
    ...(bucket ? { deadlineBucket: [bucket] } : {}),
  };
  const query = useQuery(OrganizationTaskListQuery, { variables: { filter, orderBy: sort } });
  useTasksLive(organizationId, () => void query.refetch());
  return (
    <FilteredConnectionView
      filters={
        <>
          <TaskFilters />
          <GroupingControl
            value={group}
            onChange={(value) => set('group', value === 'none' ? null : value)}
          />
        </>
      }
      connection={query.data?.tasks}
      query={query}
      countText={(count) => t(state === 'open' ? 'tasks.countOpen' : 'tasks.countFinished', { count })}
      emptyText={t(state === 'open' ? 'tasks.emptyOpen' : 'tasks.emptyFinished')}
    >
      {(tasks) => <GroupedTaskList tasks={tasks} by={group} />}
    </FilteredConnectionView>
  );
}
