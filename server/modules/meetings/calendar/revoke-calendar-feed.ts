import { LockMode } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { conflict, notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { authorize } from '../../../core/policy.js';
import { inTransaction } from '../../../core/transaction.js';
import { CalendarFeed } from '../calendar-feed.entity.js';
import { calendarFeedPolicy } from './feed.policy.js';
import { feedView } from './feed.view.js';

/** Revokes a calendar feed: its URL answers 404 from the next fetch. CONFLICT when already revoked. */
export async function revokeCalendarFeed(ctx: Context, input: { feedId: string }): Promise<CalendarFeed> {
  const id = fromGlobalId(input.feedId, 'CalendarFeed', 'feedId');
  return inTransaction(ctx, async (em) => {
    const feed = await em.findOne(CalendarFeed, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!feed) throw notFound('CalendarFeed', input.feedId);
    await authorize(ctx, calendarFeedPolicy, 'revoke', feedView(ctx, feed));
    if (feed.revokedAt) throw conflict('the feed is already revoked');
    feed.revokedAt = new Date();
    return feed;
  });
}
