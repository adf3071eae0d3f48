import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '../../../core/domain-events.js';
// Loaded with the publisher: it declares who hears about TASK_CHANGED (`noticeOn`).
import '../task.events.js';
import type { TaskChange } from '../task.events.js';

/**
 * Records a task change in the transaction: the notification outbox writes
 * the inbox rows before commit (who hears is said in `task.events.ts`),
 * subscribers get `TASK_CHANGED` after commit. `targets` are the
 * organizations newly given the task (assigned or made lead).
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
