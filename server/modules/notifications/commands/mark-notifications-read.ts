import { requireUser, type Context } from '../../../core/context.js';
import { badInput } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { inTransaction } from '../../../core/transaction.js';
import { Notification } from '../notification.entity.js';
import type { MarkNotificationsReadInput } from '../notification.type.js';
import { unreadCount } from '../notification.repository.js';

/** Marks the viewer's notifications read (given ones, or all). Others' notifications are never touched. */
export async function markNotificationsRead(ctx: Context, input: MarkNotificationsReadInput) {
  const { personId } = requireUser(ctx);
  if (!input.all && !input.ids?.length) throw badInput('ids', 'give ids or all: true');
  const ids = input.all ? null : (input.ids ?? []).map((id) => fromGlobalId(id, 'Notification', 'ids'));
  return inTransaction(ctx, async (em) => {
    const where = { recipient: personId, readAt: null, ...(ids ? { id: { $in: ids } } : {}) };
    const marked = await em.nativeUpdate(Notification, where, { readAt: new Date() });
    return { marked, unreadCount: await unreadCount(em, personId) };
  });
}
