import { Role } from '../../../core/access.js';
import { anyone, definePolicy } from '../../../core/policy.js';

/** A calendar feed as its policy sees it, and who looks at it. */
export interface CalendarFeedView {
  id: string;
  organizationId: string | null;
  personId: string | null;
  createdById: string;
  /** The viewer's user (null for an API token). */
  viewerUserId: string | null;
}

/**
 * A feed is seen and revoked by its creator, by ADMINs of its organization
 * and by system administrators. Creating one: VIEWER or more on the
 * organization (`meetingOrganizationPolicy.createCalendarFeed`), or — for a
 * person's feed — being that person (`feedPersonPolicy`).
 */
export const calendarFeedPolicy = definePolicy<CalendarFeedView, 'revoke'>(
  'CalendarFeed',
  (access, feed) => feed.createdById === feed.viewerUserId || access.has(Role.ADMIN, feed.organizationId),
  {
    revoke: (access, feed) =>
      feed.createdById === feed.viewerUserId || access.has(Role.ADMIN, feed.organizationId),
  },
);

/** A person whose calendar feed is asked for, and whether that person is the viewer. */
export interface FeedPerson {
  id: string;
  isViewer: boolean;
}

/** A person's calendar feed is taken by that person only. */
export const feedPersonPolicy = definePolicy<FeedPerson, 'createCalendarFeed'>('Person', anyone, {
  createCalendarFeed: (_access, person) => person.isViewer,
});
