import type { Context } from '../../../core/context.js';
import type { CalendarFeed } from '../calendar-feed.entity.js';
import type { CalendarFeedView } from './feed.policy.js';

/** The policy view of a feed for the request's viewer. */
export function feedView(ctx: Context, feed: CalendarFeed): CalendarFeedView {
  return {
    id: feed.id,
    organizationId: feed.organization?.id ?? null,
    personId: feed.person?.id ?? null,
    createdById: feed.createdBy.id,
    viewerUserId: ctx.viewer?.userId ?? null,
  };
}
