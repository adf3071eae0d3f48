/**
 * Recurring briefings: the first Monday of each month materialized in Asia/Ho_Chi_Minh, and
 * occurrences in a date range, page by page.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { gid, makeArea, makeOrganization } from '../helpers/factories.js';
import { Role } from '../../server/core/access.js';
import { RoleGrant } from '../../server/modules/access/role-grant.entity.js';
import { dbId, ok } from '../helpers/results.js';
import {
  FIRST_MONDAYS_2027,
  List,
  monthlySeries,
  org,
  ts,
  useMeetingsServer,
  user,
} from '../helpers/meetings.js';

useMeetingsServer();

const Schedule2 = graphql(`
  query MeetingsBriefingSchedule($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
    organization(id: $id) { briefingSchedule(from: $from, to: $to) { id startsAtLocal } }
  }
`);

describe('recurring briefings', () => {
  it('materializes the first Monday of each month of 2027, 08:00 Asia/Ho_Chi_Minh, as 12 meetings', async () => {
    const { meeting, series } = await monthlySeries();
    expect(series).toMatchObject({
      rrule: 'FREQ=MONTHLY;BYDAY=1MO;COUNT=12',
      count: 12,
      occurrenceCount: 12,
    });
    expect(series!.icalUid).toBe(`series-${dbId(series!.id)}@phoihop.vn`);
    expect(meeting.startsAtLocal).toBe('2027-01-04T08:00:00+07:00');
    expect(meeting.icalUid).toBe(series!.icalUid);
    const list = ok(
      await ts.gql(
        List,
        { filter: { organizationId: gid.org(org.host) }, first: 100 },
        user.coordinator.token,
      ),
    );
    const mine = list.meetings.edges.filter((e) => e.node.series?.id === series!.id);
    expect(mine.map((e) => e.node.startsAtLocal)).toEqual(
      FIRST_MONDAYS_2027.map((d) => `2027-${d}T08:00:00+07:00`),
    );
  });

  it('returns the occurrences in a date range, recurring ones included, page by page', async () => {
    const em = ts.orm.em.fork();
    const fresh = await makeOrganization(em, { area: await makeArea(em) });
    em.create(RoleGrant, {
      user: user.coordinator.user.id,
      organization: fresh.id,
      role: Role.COORDINATOR,
      validFrom: new Date(0),
    });
    await em.flush();
    const { series } = await monthlySeries({ hostOrganizationId: gid.org(fresh) });
    const filter = {
      organizationId: gid.org(fresh),
      from: '2027-02-28T17:00:00.000Z',
      to: '2027-05-31T17:00:00.000Z',
    };
    const first = ok(await ts.gql(List, { filter, first: 2 }, user.coordinator.token)).meetings;
    expect(first.totalCount).toBe(3);
    const second = ok(
      await ts.gql(List, { filter, first: 2, after: first.pageInfo.endCursor }, user.coordinator.token),
    );
    const starts = [...first.edges, ...second.meetings.edges].map((e) => e.node.startsAtLocal);
    expect(starts).toEqual([
      '2027-03-01T08:00:00+07:00',
      '2027-04-05T08:00:00+07:00',
      '2027-05-03T08:00:00+07:00',
    ]);
    expect(second.meetings.edges.every((e) => e.node.series?.id === series!.id)).toBe(true);
    const briefings = ok(
      await ts.gql(
        Schedule2,
        { id: gid.org(fresh), from: filter.from, to: filter.to },
        user.coordinator.token,
      ),
    );
    expect(briefings.organization.briefingSchedule.map((m) => m.startsAtLocal)).toEqual(starts);
  });
});
