import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PubSub } from '../../core/pubsub.js';
import { onCommit } from '../../core/transaction.js';
import { markUnstamped } from './commit-order.js';
import type { NotificationKind } from './notification.entity.js';

/** What to tell people; one row per recipient is written from it. */
export interface NotificationDraft {
  kind: NotificationKind;
  title: string;
  body?: string | null;
  subjectType: string;
  subjectId: string;
  organizationId?: string | null;
  /** For reminders: one notification per recipient and key, ever. */
  dedupeKey?: string | null;
}

/** Per transaction: the people notified so far, announced once after commit. */
const pendingAnnouncements = new WeakMap<EntityManager, Set<string>>();

/**
 * After commit, one NOTIFICATION_ADDED for every person notified in the
 * transaction (a reminder run over thousands of tasks publishes once, not
 * once per task).
 */
function announceAfterCommit(em: EntityManager, pubsub: PubSub, personIds: string[]): void {
  let pending = pendingAnnouncements.get(em);
  if (!pending) {
    const people = new Set<string>();
    pending = people;
    pendingAnnouncements.set(em, people);
    onCommit(em, () => pubsub.publish('NOTIFICATION_ADDED', { personIds: [...people] }));
  }
  for (const id of personIds) pending.add(id);
}

/**
 * Writes a notification for each person, inside the caller's transaction
 * (outbox), skipping people who muted this kind (titles come written as people
 * read them: dates are formatted where they are built); they get their place in
 * commit order just before commit (`stampNotifications`); after commit, tells
 * live subscribers. Returns the people actually notified.
 */
export async function notify(
  em: EntityManager,
  pubsub: PubSub | null,
  personIds: readonly string[],
  draft: NotificationDraft,
): Promise<string[]> {
  const unique = [...new Set(personIds)];
  if (!unique.length) return [];
  const muted = await em.execute<{ person_id: string }[]>(
    'select person_id from notification_preference where person_id in (?) and ? = any(muted_kinds)',
    [unique, draft.kind],
  );
  const mutedIds = new Set(muted.map((m) => m.person_id));
  const recipients = unique.filter((id) => !mutedIds.has(id));
  if (!recipients.length) return [];
  const values = recipients.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ');
  const params = recipients.flatMap((personId) => [
    randomUUID(),
    personId,
    draft.kind,
    draft.title,
    draft.body ?? null,
    draft.subjectType,
    draft.subjectId,
    draft.organizationId ?? null,
    draft.dedupeKey ? `${draft.dedupeKey}:${personId}` : null,
  ]);
  const inserted = await em.execute<{ recipient_id: string }[]>(
    `insert into notification (id, recipient_id, kind, title, body, subject_type, subject_id, organization_id, dedupe_key)
     values ${values} on conflict (dedupe_key) do nothing returning recipient_id`,
    params,
  );
  const notified = inserted.map((row) => row.recipient_id);
  if (notified.length) markUnstamped(em);
  if (notified.length && pubsub) announceAfterCommit(em, pubsub, notified);
  return notified;
}
