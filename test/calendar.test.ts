import nodeIcal, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import { gid, makeArea, makeOrganization, makeUser, unique, type TestUser } from './helpers/factories.js';
import { useTestServer } from './helpers/server.js';
import { codeOf, dbId, ok } from './helpers/results.js';
import { Role } from '../server/core/access.js';
import { toGlobalId } from '../server/core/ids.js';
import { RoleGrant } from '../server/modules/access/role-grant.entity.js';
import { Meeting } from '../server/modules/meetings/meeting.entity.js';
import { OrganizationKind, type Organization } from '../server/modules/organizations/organization.entity.js';

const Schedule = graphql(`
  mutation CalendarSchedule($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) { meeting { id icalUid } series { id icalUid } }
  }
`);

const Reschedule = graphql(`
  mutation CalendarReschedule($input: RescheduleMeetingInput!) {
    rescheduleMeeting(input: $input) { meeting { id sequence } series { id sequence } }
  }
`);

const Cancel = graphql(`
  mutation CalendarCancel($input: CancelMeetingInput!) {
    cancelMeeting(input: $input) { cancelledCount }
  }
`);

const CreateFeed = graphql(`
  mutation CalendarCreateFeed($input: CreateCalendarFeedInput!) {
    createCalendarFeed(input: $input) { url token feed { id name isActive organization { id } person { id } } }
  }
`);

const RevokeFeed = graphql(`
  mutation CalendarRevokeFeed($input: RevokeCalendarFeedInput!) {
    revokeCalendarFeed(input: $input) { feed { id isActive revokedAt } }
  }
`);

const MyFeeds = graphql(`
  query CalendarMyFeeds { viewer { calendarFeeds { id isActive } } }
`);

const ts = useTestServer({
  setUp: async () => {
    const em = ts.orm.em.fork();
    const area = await makeArea(em);
    host = await makeOrganization(em, { area, kind: OrganizationKind.PARTY_STANDING_COMMITTEE });
    partner = await makeOrganization(em, { area, kind: OrganizationKind.FATHERLAND_FRONT });
    coordinator = await makeUser(ts.orm);
    partnerViewer = await makeUser(ts.orm);
    chairUser = await makeUser(ts.orm);
    em.create(RoleGrant, {
      user: coordinator.user.id,
      organization: host.id,
      role: Role.COORDINATOR,
      validFrom: new Date(0),
    });
    const grant = em.create(RoleGrant, {
      user: partnerViewer.user.id,
      organization: partner.id,
      role: Role.VIEWER,
      validFrom: new Date(0),
    });
    await em.flush();
    grantId = grant.id;
  },
});
let host: Organization;
let partner: Organization;
let coordinator: TestUser;
let partnerViewer: TestUser;
let chairUser: TestUser;
let grantId: string;

/** Fetches a feed over HTTP. */
async function fetchFeed(url: string) {
  const response = await fetch(new URL(url, ts.url));
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

/** The VEVENTs of a feed, parsed by node-ical. */
function events(text: string): VEvent[] {
  return Object.values(nodeIcal.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
}

async function schedule(input: Record<string, unknown>) {
  return ok(
    await ts.gql(
      Schedule,
      {
        input: {
          kind: 'PERIODIC_BRIEFING',
          title: `Giao ban ${unique()}`,
          hostOrganizationId: gid.org(host),
          invitedOrganizationIds: [gid.org(partner)],
          startsAt: '2027-01-04T01:00:00.000Z',
          endsAt: '2027-01-04T03:00:00.000Z',
          ...input,
        } as never,
      },
      coordinator.token,
    ),
  ).scheduleMeeting;
}

describe('calendar feeds', () => {
  it('serves an organization feed as RFC 5545: series as RRULE, moved and cancelled occurrences as overrides', async () => {
    const series = await schedule({
      title: 'Giao ban định kỳ, Lạng Sơn',
      place: 'Phòng họp số 1; tầng 2',
      recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=1MO', count: 6 },
    });
    const oneOff = await schedule({
      kind: 'DIALOGUE_WITH_PEOPLE',
      title: 'Đối thoại với Nhân dân',
      startsAt: '2027-02-10T02:00:00.000Z',
      endsAt: '2027-02-10T04:00:00.000Z',
    });
    const created = ok(
      await ts.gql(
        CreateFeed,
        { input: { organizationId: gid.org(partner), name: 'Lịch MTTQ' } },
        partnerViewer.token,
      ),
    ).createCalendarFeed;
    expect(created.url).toBe(`/calendar/${created.token}.ics`);
    expect(created.feed).toMatchObject({
      name: 'Lịch MTTQ',
      isActive: true,
      organization: { id: gid.org(partner) },
    });

    const first = await fetchFeed(created.url);
    expect(first.status).toBe(200);
    expect(first.type).toBe('text/calendar; charset=utf-8');
    expect(first.text).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh');
    expect(first.text).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20270104T080000');
    const parsed = events(first.text);
    const seriesUid = `series-${dbId(series.series!.id)}@phoihop.vn`;
    const master = parsed.find((e) => e.uid === seriesUid)!;
    expect(master.rrule?.toString()).toContain('RRULE:FREQ=MONTHLY;COUNT=6;BYDAY=1MO');
    expect(master.summary).toBe('Giao ban định kỳ, Lạng Sơn');
    expect(master.location).toBe('Phòng họp số 1; tầng 2');
    expect(Number(master.sequence)).toBe(0);
    expect(
      parsed.find((e) => e.uid === `meeting-${dbId(oneOff.meeting.id)}@phoihop.vn`)?.start.toISOString(),
    ).toBe('2027-02-10T02:00:00.000Z');

    const rows = await ts.orm.em
      .fork()
      .find(Meeting, { series: dbId(series.series!.id) }, { orderBy: { seriesIndex: 'asc' } });
    ok(
      await ts.gql(
        Reschedule,
        {
          input: {
            meetingId: toGlobalId('Meeting', rows[1].id),
            startsAt: '2027-02-02T07:00:00.000Z',
            endsAt: '2027-02-02T09:00:00.000Z',
          },
        },
        coordinator.token,
      ),
    );
    ok(
      await ts.gql(
        Cancel,
        { input: { meetingId: toGlobalId('Meeting', rows[2].id), reason: 'Bão' } },
        coordinator.token,
      ),
    );
    const second = events((await fetchFeed(created.url)).text);
    const master2 = second.find((e) => e.uid === seriesUid && !e.recurrenceid)!;
    expect(master2.uid).toBe(master.uid);
    const overrides = Object.values(master2.recurrences ?? {}) as unknown as VEvent[];
    const moved = overrides.find((o) => o.recurrenceid?.toISOString() === '2027-02-01T01:00:00.000Z')!;
    expect(moved.start.toISOString()).toBe('2027-02-02T07:00:00.000Z');
    expect(Number(moved.sequence)).toBe(1);
    const cancelled = overrides.find((o) => o.recurrenceid?.toISOString() === '2027-03-01T01:00:00.000Z')!;
    expect(cancelled.status).toBe('CANCELLED');
    expect(Number(cancelled.sequence)).toBe(1);

    ok(
      await ts.gql(
        Reschedule,
        {
          input: {
            meetingId: toGlobalId('Meeting', rows[0].id),
            scope: 'SERIES',
            startsAt: '2027-01-04T02:00:00.000Z',
            endsAt: '2027-01-04T04:00:00.000Z',
          },
        },
        coordinator.token,
      ),
    );
    const third = await fetchFeed(created.url);
    const master3 = events(third.text).find((e) => e.uid === seriesUid && !e.recurrenceid)!;
    expect(Number(master3.sequence)).toBe(1);
    expect(master3.start.toISOString()).toBe('2027-01-04T02:00:00.000Z');
    expect(third.text).toContain('RECURRENCE-ID;TZID=Asia/Ho_Chi_Minh:20270201T090000');
    expect(third.text).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20270202T140000');
  });

  it('leaves out, with EXDATE, the occurrences the organization is not invited to', async () => {
    const other = await makeOrganization(ts.orm.em.fork(), { area: await makeArea(ts.orm.em.fork()) });
    const series = await schedule({
      invitedOrganizationIds: [gid.org(other)],
      recurrence: { rrule: 'FREQ=WEEKLY', count: 3 },
    });
    const rows = await ts.orm.em
      .fork()
      .find(Meeting, { series: dbId(series.series!.id) }, { orderBy: { seriesIndex: 'asc' } });
    ok(
      await ts.gql(
        'mutation($i: InviteToMeetingInput!) { inviteToMeeting(input: $i) { invitations { id } } }',
        { i: { meetingId: toGlobalId('Meeting', rows[1].id), organizationIds: [gid.org(partner)] } },
        coordinator.token,
      ),
    );
    const feed = ok(
      await ts.gql(CreateFeed, { input: { organizationId: gid.org(partner) } }, partnerViewer.token),
    );
    const text = (await fetchFeed(feed.createCalendarFeed.url)).text;
    const master = events(text).find((e) => e.uid === `series-${dbId(series.series!.id)}@phoihop.vn`)!;
    expect(Object.keys(master.exdate ?? {}).some((k) => k.startsWith('2027-01-04'))).toBe(true);
    expect(Object.keys(master.exdate ?? {}).some((k) => k.startsWith('2027-01-18'))).toBe(true);
    expect(Object.keys(master.exdate ?? {}).some((k) => k.startsWith('2027-01-11'))).toBe(false);
  });

  it("serves a person's own feed of the meetings they chair, and no one else's", async () => {
    const chaired = await schedule({ chairs: [{ personId: gid.person(chairUser.person), role: 'CHAIR' }] });
    const refused = await ts.gql(
      CreateFeed,
      { input: { personId: gid.person(chairUser.person) } },
      coordinator.token,
    );
    expect(codeOf(refused)).toBe('FORBIDDEN');
    const noRole = await ts.gql(CreateFeed, { input: { organizationId: gid.org(host) } }, chairUser.token);
    expect(codeOf(noRole)).toBe('FORBIDDEN');
    const mine = ok(
      await ts.gql(CreateFeed, { input: { personId: gid.person(chairUser.person) } }, chairUser.token),
    );
    const feed = events((await fetchFeed(mine.createCalendarFeed.url)).text);
    expect(feed.map((e) => e.uid)).toEqual([`meeting-${dbId(chaired.meeting.id)}@phoihop.vn`]);
    const listed = ok(await ts.gql(MyFeeds, {}, chairUser.token));
    expect(listed.viewer.calendarFeeds.map((f) => f.id)).toEqual([mine.createCalendarFeed.feed.id]);
  });

  it('answers 404 for an unknown or revoked token, and once the creator lost access', async () => {
    expect((await fetchFeed('/calendar/phc_unknown-token-1234567890.ics')).status).toBe(404);
    const revoked = ok(
      await ts.gql(CreateFeed, { input: { organizationId: gid.org(partner) } }, partnerViewer.token),
    );
    expect((await fetchFeed(revoked.createCalendarFeed.url)).status).toBe(200);
    const byOther = await ts.gql(
      RevokeFeed,
      { input: { feedId: revoked.createCalendarFeed.feed.id } },
      coordinator.token,
    );
    expect(codeOf(byOther)).toBe('NOT_FOUND');
    const done = ok(
      await ts.gql(
        RevokeFeed,
        { input: { feedId: revoked.createCalendarFeed.feed.id } },
        partnerViewer.token,
      ),
    );
    expect(done.revokeCalendarFeed.feed.isActive).toBe(false);
    expect((await fetchFeed(revoked.createCalendarFeed.url)).status).toBe(404);
    const again = await ts.gql(
      RevokeFeed,
      { input: { feedId: revoked.createCalendarFeed.feed.id } },
      partnerViewer.token,
    );
    expect(codeOf(again)).toBe('CONFLICT');

    const kept = ok(
      await ts.gql(CreateFeed, { input: { organizationId: gid.org(partner) } }, partnerViewer.token),
    );
    expect((await fetchFeed(kept.createCalendarFeed.url)).status).toBe(200);
    const em = ts.orm.em.fork();
    const grant = await em.findOneOrFail(RoleGrant, grantId);
    grant.validTo = new Date();
    await em.flush();
    expect((await fetchFeed(kept.createCalendarFeed.url)).status).toBe(404);
  });
});
