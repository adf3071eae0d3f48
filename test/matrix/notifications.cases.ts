/**
 * Matrix cases of the notifications module. The inbox is personal, not an
 * agency's: every signed-in user (whatever role, on whichever agency, or none)
 * may read and change their own inbox and preferences, and only those — the
 * fields take no record of A or B, so the cells do not depend on the owner.
 * Each allowed mutation writes one audit record. That nobody sees another
 * person's notifications is tested in `test/notifications.test.ts`.
 */
import { toGlobalId } from '../../server/core/ids.js';
import { Notification, NotificationKind } from '../../server/modules/notifications/notification.entity.js';
import { world, type Actor, type MutationCase, type ReadCase } from './world.js';

const everyUser = (): boolean => true;

/** An unread notification in the actor's own inbox. */
async function ownNotification(actor: Actor): Promise<string> {
  const em = world.ts.orm.em.fork();
  const notification = em.create(Notification, {
    recipient: actor.user.person.id,
    kind: NotificationKind.TASK_ASSIGNED,
    title: 'Nhiệm vụ mới được giao',
    subjectType: 'Organization',
    subjectId: world.org.A.id,
  });
  await em.flush();
  return toGlobalId('Notification', notification.id);
}

/** One case per root mutation of the notifications module. */
export const notificationMutations: Record<string, MutationCase> = {
  markNotificationsRead: {
    owners: null,
    prepare: async (_owner, actor) => ({
      query:
        'mutation($i: MarkNotificationsReadInput!) { markNotificationsRead(input: $i) { marked unreadCount } }',
      variables: { i: { ids: [await ownNotification(actor)] } },
    }),
    allowed: everyUser,
  },
  updateNotificationPreferences: {
    owners: null,
    prepare: async () => ({
      query:
        'mutation($i: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $i) { preferences { taskDueSoonDays } } }',
      variables: { i: { taskDueSoonDays: 2, mutedKinds: ['PROGRAM_UPDATED'] } },
    }),
    allowed: everyUser,
  },
};

/** The inbox reads: every signed-in user, their own inbox. */
export const notificationReads: Record<string, ReadCase> = {
  notifications: {
    call: () => ({
      query: '{ notifications(first: 5, unreadOnly: true) { totalCount edges { node { id } } } }',
    }),
  },
  notificationsAfter: { call: () => ({ query: '{ notificationsAfter(first: 5) { id cursor } }' }) },
  unreadNotificationCount: { call: () => ({ query: '{ unreadNotificationCount }' }) },
  notificationPreferences: {
    call: () => ({
      query: '{ notificationPreferences { mutedKinds meetingReminderLeadMinutes taskDueSoonDays } }',
    }),
  },
};
