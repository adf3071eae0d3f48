import { useUrlParams } from '../../app/use-url-params';
import type { AssignmentRole, DeadlineBucket, TaskStatus } from '../../gql/graphql';

export const ROLES: AssignmentRole[] = ['LEAD', 'COORDINATING'];
export const STATUSES: TaskStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'CANCELLED'];
export const BUCKETS: DeadlineBucket[] = ['OVERDUE', 'OPEN_WITHIN_DEADLINE', 'DONE_ON_TIME', 'DONE_LATE'];

/** The task list's filters, kept in the URL (`?role=LEAD&status=…&bucket=…`). */
export function useTaskFilters() {
  const { pick, set } = useUrlParams<'role' | 'status' | 'bucket'>();
  return {
    role: pick('role', ROLES),
    status: pick('status', STATUSES),
    bucket: pick('bucket', BUCKETS),
    set,
  };
}
