import type { EntityManager } from '@mikro-orm/postgresql';
import { beforeCommit, type EventActor } from '../../core/domain-events.js';
import { peopleWithRolesOn } from '../access/access.audience.js';
import { stampNotifications } from './commit-order.js';
import { type Notice, noticeOf } from './notices.js';
import { notify } from './notify.js';

/**
 * The people a notice names: those with a role on its organizations, then
 * those named in person — but not the person whose action it reports.
 */
async function recipientsOf(em: EntityManager, notice: Notice, actor: EventActor): Promise<string[]> {
  const { organizationIds, personIds } = notice.recipients;
  const named = personIds.filter((id): id is string => !!id);
  const everyone = new Set([...(await peopleWithRolesOn(em, organizationIds)), ...named]);
  if (actor.personId) everyone.delete(actor.personId);
  return [...everyone];
}

/**
 * The outbox: for every domain event of a transaction, the module that owns
 * the event says who must hear and what (`noticeOn`), and their inbox rows
 * are written in that same transaction (the person who acted is not told of
 * their own action); then every notification the
 * transaction wrote (here or directly, like reminders) is stamped with its
 * place in commit order. This module reads no other module's tables.
 */
beforeCommit(async (em, events, pubsub, actor) => {
  for (const event of events) {
    const notice = await noticeOf(em, event);
    if (!notice) continue;
    const { recipients: _, ...draft } = notice;
    await notify(em, pubsub, await recipientsOf(em, notice, actor), draft);
  }
  await stampNotifications(em);
});
