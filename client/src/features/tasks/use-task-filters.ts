import { useUrlParams } from '../../app/use-url-params';
import { GROUPINGS } from './task-groups';
import type { AssignmentRole, DeadlineBucket, TaskOrder, TaskStatus } from '../../gql/graphql';

export const ROLES: AssignmentRole[] = ['LEAD', 'COORDINATING'];
export const BUCKETS: DeadlineBucket[] = ['OVERDUE', 'OPEN_WITHIN_DEADLINE', 'DONE_ON_TIME', 'DONE_LATE'];
/** The orders the API offers (`TaskOrder`); it has none by lead organization: group by lead instead. */
export const SORTS: TaskOrder[] = ['DUE_DATE', 'UPDATED_AT', 'PRIORITY', 'LEAD'];
/** Open tasks, or finished ones (done or cancelled), shown apart. */
export const STATES = ['open', 'finished'] as const;
export type TaskState = (typeof STATES)[number];

/** The statuses of open tasks and of finished ones. */
export const STATUSES_OF: Record<TaskState, TaskStatus[]> = {
  open: ['NOT_STARTED', 'IN_PROGRESS', 'BLOCKED'],
  finished: ['DONE', 'CANCELLED'],
};

type Key = 'q' | 'role' | 'status' | 'bucket' | 'sort' | 'state' | 'group';

/**
 * The task list's filters, kept in the URL (`?q=…&role=LEAD&status=…&bucket=…&sort=…&state=…&group=…`):
 * open tasks by deadline unless told otherwise.
 */
export function useTaskFilters() {
  const { get, pick, set } = useUrlParams<Key>();
  const state = pick('state', STATES) ?? 'open';
  return {
    search: get('q') ?? '',
    role: pick('role', ROLES),
    status: pick('status', STATUSES_OF[state]),
    bucket: pick('bucket', BUCKETS),
    sort: pick('sort', SORTS) ?? 'DUE_DATE',
    state,
    group: pick('group', GROUPINGS) ?? 'none',
    set,
  };
}
