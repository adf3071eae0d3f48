import { useSearchParams } from 'react-router';
import type { AssignmentRole, DeadlineBucket, TaskStatus } from '../../gql/graphql';

export const ROLES: AssignmentRole[] = ['LEAD', 'COORDINATING'];
export const STATUSES: TaskStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'CANCELLED'];
export const BUCKETS: DeadlineBucket[] = ['OVERDUE', 'OPEN_WITHIN_DEADLINE', 'DONE_ON_TIME', 'DONE_LATE'];

const pick = <T extends string>(value: string | null, allowed: T[]): T | null =>
  allowed.find((item) => item === value) ?? null;

/** The task list's filters, kept in the URL (`?role=LEAD&status=…&bucket=…`). */
export function useTaskFilters() {
  const [params, setParams] = useSearchParams();
  const role = pick(params.get('role'), ROLES);
  const status = pick(params.get('status'), STATUSES);
  const bucket = pick(params.get('bucket'), BUCKETS);
  const set = (key: 'role' | 'status' | 'bucket', value: string | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  return { role, status, bucket, set };
}
