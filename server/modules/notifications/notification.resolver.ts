import type { Plain } from '../../core/read/rows.js';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Info,
  Int,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { requireUser, type Context } from '../../core/context.js';
import { registerNodeType } from '../../core/node.js';
import { PageArgs, pageSize } from '../../core/pagination.js';
import { pageRequest, readPlainPage } from '../../core/read/list-loader.js';
import { readByIds } from '../../core/read/rows.js';
import { Rule, SignedInMutation, SignedInQuery } from '../../core/rules.js';
import { toGlobalId } from '../../core/ids.js';
import { markNotificationsRead } from './commands/mark-notifications-read.js';
import { updateNotificationPreferences } from './commands/update-notification-preferences.js';
import { inboxStream } from './inbox-stream.js';
import { Notification } from './notification.entity.js';
import {
  decodeCursor,
  encodeCursor,
  inboxListQuery,
  notificationsAfter,
  unreadCount,
} from './notification.repository.js';
import {
  MarkNotificationsReadInput,
  MarkNotificationsReadPayload,
  NotificationConnection,
  NotificationPreferencesType,
  NotificationType,
  UpdateNotificationPreferencesInput,
  UpdateNotificationPreferencesPayload,
} from './notification.type.js';
import { NotificationPreference } from './preference.entity.js';
import { DEFAULT_MEETING_LEADS, DEFAULT_TASK_DUE_SOON_DAYS } from './preference.entity.js';

registerNodeType('Notification', async (ctx, id) => {
  const notification = ctx.viewer?.personId ? (await readByIds(ctx.em, Notification, [id])).get(id) : null;
  return notification && notification.recipient.id === ctx.viewer?.personId ? notification : null;
});

/** The signed-in person's inbox: list, catch-up, live stream, read marks and preferences. */
@Resolver(() => NotificationType)
export class NotificationResolver {
  @SignedInQuery(() => NotificationConnection, { description: "The viewer's notifications, newest first." })
  notifications(
    @Args() page: PageArgs,
    @Arg('unreadOnly', () => Boolean, { nullable: true }) unreadOnly: boolean | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const { personId } = requireUser(ctx);
    const query = inboxListQuery(personId, !!unreadOnly);
    return readPlainPage(ctx.em, Notification, query, pageRequest(page, info));
  }

  @SignedInQuery(() => [NotificationType], {
    description:
      'Catch-up after a reconnect: notifications after `after` (a Notification.cursor), oldest first.',
  })
  notificationsAfter(
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Ctx() ctx: Context,
  ) {
    const { personId } = requireUser(ctx);
    return notificationsAfter(ctx.em, personId, after ? decodeCursor(after) : null, pageSize(first));
  }

  @SignedInQuery(() => Int)
  unreadNotificationCount(@Ctx() ctx: Context) {
    return unreadCount(ctx.em, requireUser(ctx).personId);
  }

  @SignedInQuery(() => NotificationPreferencesType)
  async notificationPreferences(@Ctx() ctx: Context) {
    const preference = await ctx.em.findOne(NotificationPreference, { person: requireUser(ctx).personId });
    return (
      preference ?? {
        mutedKinds: [],
        meetingReminderLeadMinutes: DEFAULT_MEETING_LEADS,
        taskDueSoonDays: DEFAULT_TASK_DUE_SOON_DAYS,
      }
    );
  }

  @SignedInMutation(() => MarkNotificationsReadPayload)
  markNotificationsRead(@Arg('input') input: MarkNotificationsReadInput, @Ctx() ctx: Context) {
    return markNotificationsRead(ctx, input);
  }

  @SignedInMutation(() => UpdateNotificationPreferencesPayload)
  async updateNotificationPreferences(
    @Arg('input') input: UpdateNotificationPreferencesInput,
    @Ctx() ctx: Context,
  ) {
    return { preferences: await updateNotificationPreferences(ctx, input) };
  }

  @Authorized(Rule.SIGNED_IN)
  @Subscription(() => NotificationType, {
    subscribe: ({ args, context }) =>
      inboxStream(context as Context, requireUser(context as Context).personId, args.after ?? null),
    description:
      "The viewer's inbox, live, from now on; with `after` (a Notification.cursor) it first replays what came after it, so nothing is missed or repeated.",
  })
  notificationAdded(
    @Root() notification: Plain<Notification>,
    @Arg('after', () => String, { nullable: true }) _after: string | null,
  ) {
    return notification;
  }

  @FieldResolver(() => String, {
    description: 'Position in the inbox, for notificationAdded(after:) and notificationsAfter.',
  })
  cursor(@Root() notification: Plain<Notification>) {
    return encodeCursor(notification);
  }

  @FieldResolver(() => String, { description: 'Global ID of the record it is about.' })
  subjectId(@Root() notification: Plain<Notification>) {
    return toGlobalId(notification.subjectType, notification.subjectId);
  }
}
