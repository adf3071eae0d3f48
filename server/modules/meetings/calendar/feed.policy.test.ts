import { describe, expect, it } from 'vitest';
import {
  byRole,
  from,
  holding,
  ids,
  NO_ROLE,
  Role,
  SYSTEM_ADMIN,
} from '../../../../test/helpers/policies.js';
import { type CalendarFeedView, calendarFeedPolicy, feedPersonPolicy } from './feed.policy.js';

const org = ids('parent', 'feedOrganization', 'elsewhere');
const feedOf = (
  viewerUserId: string | null,
  organizationId: string | null = org.feedOrganization,
): CalendarFeedView => ({
  id: 'feed',
  organizationId,
  personId: null,
  createdById: 'creator',
  viewerUserId,
});

describe('calendar feed policy', () => {
  // [viewer, its access, its user, allowed to read and to revoke]: the creator, ADMINs of the feed's
  // organization (or above it), system administrators.
  const CASES = [
    ['its creator, without a role', NO_ROLE, 'creator', true],
    ...[
      ...byRole('on its organization', (role) => holding(role, org.feedOrganization), from(Role.ADMIN)),
      ...byRole(
        'above its organization',
        (role) => holding(role, org.parent, org.feedOrganization),
        from(Role.ADMIN),
      ),
    ].map(([viewer, access, allowed]) => [viewer, access, 'user', allowed]),
    ['ADMIN elsewhere', holding(Role.ADMIN, org.elsewhere), 'user', false],
    ['an API token ADMIN elsewhere', holding(Role.ADMIN, org.elsewhere), null, false],
    ['a system administrator', SYSTEM_ADMIN, 'user', true],
  ] as [string, ReturnType<typeof holding>, string | null, boolean][];

  it.each(CASES)('%s: read and revoke → %s', (_, access, viewerUserId, allowed) => {
    expect(calendarFeedPolicy.read(access, feedOf(viewerUserId))).toBe(allowed);
    expect(calendarFeedPolicy.actions.revoke(access, feedOf(viewerUserId))).toBe(allowed);
  });

  it("leaves a person's feed (no organization) to its creator and system administrators", () => {
    const personal = feedOf('user', null);
    expect(calendarFeedPolicy.actions.revoke(holding(Role.ADMIN, org.feedOrganization), personal)).toBe(
      false,
    );
    expect(calendarFeedPolicy.actions.revoke(SYSTEM_ADMIN, personal)).toBe(true);
    expect(calendarFeedPolicy.actions.revoke(NO_ROLE, feedOf('creator', null))).toBe(true);
  });
});

describe("a person's calendar feed", () => {
  it.each([
    ['the person themself', NO_ROLE, true, true],
    ['ADMIN somewhere, for someone else', holding(Role.ADMIN, org.elsewhere), false, false],
    ['a system administrator, for someone else', SYSTEM_ADMIN, false, false],
  ] as const)('is taken by %s → %s', (_, access, isViewer, allowed) => {
    expect(feedPersonPolicy.actions.createCalendarFeed(access, { id: 'person', isViewer })).toBe(allowed);
  });
});
