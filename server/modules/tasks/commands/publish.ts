import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '../../../core/domain-events.js';

/** What happened to a task, as `TASK_CHANGED` says it. */
export type TaskChange =
  | 'CREATED'
  | 'ASSIGNED'
  | 'LEAD_REASSIGNED'
  | 'REPORTED'
  | 'COMPLETED'
  | 'CANCELLED'
  | 'URGED';

/**
 * Records a task change in the transaction: the notification outbox writes
 * the inbox rows before commit, subscribers get `TASK_CHANGED` after commit.
 * `targets` are the organizations newly given the task (assigned or made lead).
 */
export function publishTaskChanged(
  em: EntityManager,
  taskId: string,
  organizationIds: string[],
  change: TaskChange,
  targets: string[] = [],
): void {
  recordEvent(em, 'TASK_CHANGED', { taskId, organizationIds, change, targetOrganizationIds: targets });
}
