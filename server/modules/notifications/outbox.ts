import type { EntityManager } from '@mikro-orm/postgresql';
import { beforeCommit, type DomainEvent } from '../../core/domain-events.js';
import type { PubSub } from '../../core/pubsub.js';
import { stampNotifications } from './commit-order.js';
import { NotificationKind } from './notification.entity.js';
import { notify, organizationAudience } from './notify.js';

/** Titles in Vietnamese (the inbox language), by kind. */
const TITLES: Partial<Record<NotificationKind, string>> = {
  [NotificationKind.TASK_ASSIGNED]: 'Nhiệm vụ mới được giao',
  [NotificationKind.TASK_UPDATED]: 'Nhiệm vụ được cập nhật',
  [NotificationKind.TASK_URGED]: 'Đôn đốc thực hiện nhiệm vụ',
  [NotificationKind.MEETING_SCHEDULED]: 'Lịch họp mới',
  [NotificationKind.MEETING_RESCHEDULED]: 'Thay đổi lịch họp',
  [NotificationKind.MEETING_POSTPONED]: 'Hoãn cuộc họp',
  [NotificationKind.MEETING_CANCELLED]: 'Hủy cuộc họp',
  [NotificationKind.MEETING_AGENDA_CHANGED]: 'Thay đổi chương trình cuộc họp',
  [NotificationKind.PROGRAM_UPDATED]: 'Chương trình phối hợp có cập nhật',
};

const TASK_KIND: Record<string, NotificationKind> = {
  CREATED: NotificationKind.TASK_ASSIGNED,
  ASSIGNED: NotificationKind.TASK_ASSIGNED,
  LEAD_REASSIGNED: NotificationKind.TASK_ASSIGNED,
  URGED: NotificationKind.TASK_URGED,
};

const MEETING_KIND: Record<string, NotificationKind> = {
  SCHEDULED: NotificationKind.MEETING_SCHEDULED,
  INVITED: NotificationKind.MEETING_SCHEDULED,
  RESCHEDULED: NotificationKind.MEETING_RESCHEDULED,
  POSTPONED: NotificationKind.MEETING_POSTPONED,
  CANCELLED: NotificationKind.MEETING_CANCELLED,
  AGENDA_CHANGED: NotificationKind.MEETING_AGENDA_CHANGED,
};

const PROGRAM_CHANGES_NOTIFIED = new Set(['UPDATE_POSTED', 'STATUS_CHANGED', 'PARTICIPANT_ADDED']);

async function title(em: EntityManager, table: string, column: string, id: string): Promise<string> {
  const rows = await em.execute<{ t: string }[]>(`select ${column} as t from ${table} where id = ?`, [id]);
  return rows[0]?.t ?? '';
}

/** Current assignees of a task and its persons in charge. */
async function taskAudience(
  em: EntityManager,
  taskId: string,
  onlyOrganizations?: string[],
): Promise<string[]> {
  const rows = await em.execute<{ organization_id: string; person_in_charge_id: string | null }[]>(
    'select organization_id, person_in_charge_id from task_assignment where task_id = ? and ended_on is null',
    [taskId],
  );
  const chosen = onlyOrganizations?.length
    ? rows.filter((r) => onlyOrganizations.includes(r.organization_id))
    : rows;
  return organizationAudience(
    em,
    chosen.map((r) => r.organization_id),
    chosen.map((r) => r.person_in_charge_id),
  );
}

/**
 * People concerned by a meeting in person rather than through an organization:
 * its chairs, the people invited by name and the delegates sent in someone's place.
 */
async function meetingPeople(em: EntityManager, meetingId: string): Promise<string[]> {
  const rows = await em.execute<{ person_id: string }[]>(
    `select person_id from meeting_chair where meeting_id = ?
     union select person_id from meeting_invitation where meeting_id = ? and person_id is not null
     union select delegate_id from meeting_invitation where meeting_id = ? and delegate_id is not null`,
    [meetingId, meetingId, meetingId],
  );
  return rows.map((r) => r.person_id);
}

async function onEvent(em: EntityManager, pubsub: PubSub, event: DomainEvent): Promise<void> {
  if (event.topic === 'TASK_CHANGED') {
    const { taskId, change } = event.payload;
    const kind = TASK_KIND[change] ?? NotificationKind.TASK_UPDATED;
    const targets = event.payload.targetOrganizationIds;
    const people = await taskAudience(
      em,
      taskId,
      kind === NotificationKind.TASK_ASSIGNED ? targets : undefined,
    );
    const body = await title(em, 'task', 'title', taskId);
    await notify(em, pubsub, people, {
      kind,
      title: TITLES[kind] ?? body,
      body,
      subjectType: 'Task',
      subjectId: taskId,
    });
  } else if (event.topic === 'MEETING_CHANGED') {
    const kind = MEETING_KIND[event.payload.change];
    if (!kind) return;
    const people = await organizationAudience(
      em,
      event.payload.organizationIds,
      await meetingPeople(em, event.payload.meetingId),
    );
    const body = await title(em, 'meeting', 'title', event.payload.meetingId);
    await notify(em, pubsub, people, {
      kind,
      title: TITLES[kind] ?? body,
      body,
      subjectType: 'Meeting',
      subjectId: event.payload.meetingId,
    });
  } else if (event.topic === 'PROGRAM_CHANGED' && PROGRAM_CHANGES_NOTIFIED.has(event.payload.change)) {
    const rows = await em.execute<{ organization_id: string }[]>(
      'select organization_id from program_participant where program_id = ? and left_on is null',
      [event.payload.programId],
    );
    const people = await organizationAudience(
      em,
      rows.map((r) => r.organization_id),
    );
    const body = await title(em, 'coordination_program', 'title', event.payload.programId);
    await notify(em, pubsub, people, {
      kind: NotificationKind.PROGRAM_UPDATED,
      title: TITLES[NotificationKind.PROGRAM_UPDATED] ?? body,
      body,
      subjectType: 'CoordinationProgram',
      subjectId: event.payload.programId,
    });
  }
}

/**
 * The outbox: for every domain event of a transaction, the inbox rows of
 * the people concerned are written in that same transaction; then every
 * notification the transaction wrote (here or directly, like reminders) is
 * stamped with its place in commit order.
 */
beforeCommit(async (em, events, pubsub) => {
  for (const event of events) await onEvent(em, pubsub, event);
  await stampNotifications(em);
});
