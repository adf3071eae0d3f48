import type { EntityManager } from '@mikro-orm/postgresql';
import { NotificationKind } from '../notifications/notification.entity.js';
import { headingsByChange, type NoticeHeading, noticeOn } from '../notifications/notices.js';

/** What happened to a task, as `TASK_CHANGED` says it. */
export type TaskChange =
  | 'CREATED'
  | 'ASSIGNED'
  | 'LEAD_REASSIGNED'
  | 'REPORTED'
  | 'COMPLETED'
  | 'CANCELLED'
  | 'URGED'
  | 'UPDATED'
  | 'DEADLINE_EXTENDED';

/** The payload of `TASK_CHANGED`. */
export interface TaskChanged {
  taskId: string;
  /** The organizations that may see the task. */
  organizationIds: string[];
  change: TaskChange;
  /** The organizations newly given the task (assigned or made lead). */
  targetOrganizationIds?: string[];
}

declare module '../../core/pubsub.js' {
  interface Events {
    /** A task was created or changed. */
    TASK_CHANGED: [TaskChanged];
  }
}

/** The heading of each change told otherwise than as an update (`UPDATED`). */
const HEADINGS = headingsByChange<TaskChange>([
  {
    kind: NotificationKind.TASK_ASSIGNED,
    title: 'Nhiệm vụ mới được giao',
    changes: ['CREATED', 'ASSIGNED', 'LEAD_REASSIGNED'],
  },
  { kind: NotificationKind.TASK_URGED, title: 'Đôn đốc thực hiện nhiệm vụ', changes: ['URGED'] },
]);

/** The heading of any other change. */
const UPDATED: NoticeHeading = { kind: NotificationKind.TASK_UPDATED, title: 'Nhiệm vụ được cập nhật' };

/** The task's current assignments (organization and person in charge) and its title. */
async function assignmentsAndTitle(em: EntityManager, taskId: string) {
  const assignments = await em.execute<{ organization_id: string; person_in_charge_id: string | null }[]>(
    'select organization_id, person_in_charge_id from task_assignment where task_id = ? and ended_on is null',
    [taskId],
  );
  const rows = await em.execute<{ title: string }[]>('select title from task where id = ?', [taskId]);
  return { assignments, title: rows[0]?.title ?? '' };
}

/**
 * Who hears about a task change: its current assignees (their organizations'
 * role holders and the persons in charge) — for a task newly given, only the
 * organizations it was given to.
 */
noticeOn('TASK_CHANGED', async (em, { taskId, change, targetOrganizationIds }) => {
  const heading = HEADINGS[change] ?? UPDATED;
  const { assignments, title } = await assignmentsAndTitle(em, taskId);
  const onlyTargets = heading.kind === NotificationKind.TASK_ASSIGNED && targetOrganizationIds?.length;
  const chosen = onlyTargets
    ? assignments.filter((a) => targetOrganizationIds.includes(a.organization_id))
    : assignments;
  return {
    ...heading,
    body: title,
    subjectType: 'Task',
    subjectId: taskId,
    recipients: {
      organizationIds: chosen.map((a) => a.organization_id),
      personIds: chosen.map((a) => a.person_in_charge_id),
    },
  };
});
