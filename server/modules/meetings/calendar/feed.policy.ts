import { Role } from '../../../core/access.js';
import { definePolicy } from '../../../core/policy.js';

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
 * organization, or — for a person's feed — being that person
 * (`mayCreateFeed`).
 */
export const calendarFeedPolicy = definePolicy<CalendarFeedView, 'revoke'>(
  'CalendarFeed',
  (access, feed) => feed.createdById === feed.viewerUserId || access.has(Role.ADMIN, feed.organizationId),
  {
    revoke: (access, feed) =>
      feed.createdById === feed.viewerUserId || access.has(Role.ADMIN, feed.organizationId),
  },
);
