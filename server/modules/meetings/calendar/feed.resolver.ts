import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Plain } from '../../../core/read/rows.js';
import { loader, type Context, type LoaderFactory } from '../../../core/context.js';

import { registerNodeType, visibleNode } from '../../../core/node.js';
import { SignedInMutation } from '../../../core/rules.js';
import { organizationById } from '../../organizations/organization.loaders.js';
import { OrganizationType } from '../../organizations/organization.type.js';
import { personById } from '../../people/people.loaders.js';
import { PersonType } from '../../people/person.type.js';
import type { User } from '../../users/user.entity.js';
import { UserType } from '../../users/user.type.js';
import { CalendarFeed } from '../calendar-feed.entity.js';
import { createCalendarFeed } from './create-calendar-feed.js';
import {
  CreateCalendarFeedInput,
  CreateCalendarFeedPayload,
  RevokeCalendarFeedInput,
  RevokeCalendarFeedPayload,
} from './feed.inputs.js';
import { calendarFeedPolicy } from './feed.policy.js';
import { CalendarFeedType } from './feed.type.js';
import { feedView } from './feed.view.js';
import { revokeCalendarFeed } from './revoke-calendar-feed.js';

const feedById: LoaderFactory<string, CalendarFeed | null> = (ctx) => async (ids) => {
  const rows = await ctx.em.find(CalendarFeed, { id: { $in: [...ids] } });
  return ids.map((id) => rows.find((r) => r.id === id) ?? null);
};

registerNodeType(
  'CalendarFeed',
  visibleNode(
    (ctx, id) => loader(ctx, feedById).load(id),
    async (ctx, feed) => calendarFeedPolicy.read(await ctx.access(), feedView(ctx, feed)),
  ),
);

/** Calendar feeds: creating and revoking them, a feed's links, and the viewer's own feeds. */
@Resolver(() => CalendarFeedType)
export class CalendarFeedResolver {
  @SignedInMutation(() => CreateCalendarFeedPayload, {
    description:
      'Creates an iCalendar feed of an organization (VIEWER on it) or of the viewer; the token is shown once.',
  })
  createCalendarFeed(
    @Arg('input', () => CreateCalendarFeedInput) input: CreateCalendarFeedInput,
    @Ctx() ctx: Context,
  ) {
    return createCalendarFeed(ctx, input);
  }

  @SignedInMutation(() => RevokeCalendarFeedPayload, {
    description: 'Revokes a feed: its URL answers 404 from then on.',
  })
  async revokeCalendarFeed(
    @Arg('input', () => RevokeCalendarFeedInput) input: RevokeCalendarFeedInput,
    @Ctx() ctx: Context,
  ) {
    return { feed: await revokeCalendarFeed(ctx, input) };
  }

  @FieldResolver(() => OrganizationType, { nullable: true })
  organization(@Root() feed: Plain<CalendarFeed>, @Ctx() ctx: Context) {
    return feed.organization ? loader(ctx, organizationById).load(feed.organization.id) : null;
  }

  @FieldResolver(() => PersonType, { nullable: true })
  person(@Root() feed: Plain<CalendarFeed>, @Ctx() ctx: Context) {
    return feed.person ? loader(ctx, personById).load(feed.person.id) : null;
  }

  @FieldResolver(() => Boolean, {
    description: 'Not revoked (its URL still needs its creator to see the meetings).',
  })
  isActive(@Root() feed: Plain<CalendarFeed>) {
    return feed.revokedAt === null;
  }
}

/** `User.calendarFeeds`: the feeds a user created, shown to that user only. */
@Resolver(() => UserType)
export class UserCalendarFeedsResolver {
  @FieldResolver(() => [CalendarFeedType], {
    description: 'Calendar feeds this user created (empty for others).',
  })
  async calendarFeeds(@Root() user: User, @Ctx() ctx: Context) {
    if (ctx.viewer?.userId !== user.id) return [];
    return ctx.em.find(CalendarFeed, { createdBy: user.id }, { orderBy: { createdAt: 'desc', id: 'asc' } });
  }
}
