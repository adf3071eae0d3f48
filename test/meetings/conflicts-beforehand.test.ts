/**
 * `schedulingConflicts`: the double bookings a form shows before saving — for a new meeting (a series:
 * every occurrence) and for a meeting being moved (its own chairs and invited heads); coordinators only.
 */
import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../server/core/text.js';
import { Person } from '../../server/modules/people/person.entity.js';
import { graphql } from '../generated/index.js';
import { gid, unique } from '../helpers/factories.js';
import { org, person, schedule, ts, useMeetingsServer, user } from '../helpers/meetings.js';
import { codeOf, ok } from '../helpers/results.js';

useMeetingsServer();

const Conflicts = graphql(`
  query MeetingsConflictsBeforehand($input: SchedulingConflictsInput!) {
    schedulingConflicts(input: $input) {
      reason startsAt person { id } organization { id } conflictingMeeting { id }
    }
  }
`);

const check = (input: Record<string, unknown>, token = user.coordinator.token) =>
  ts.gql(Conflicts, { input: input as never }, token);

async function newChair(): Promise<Person> {
  const em = ts.orm.em.fork();
  const fullName = `Cán bộ ${unique()}`;
  const chair = em.create(Person, { fullName, searchKey: foldForSearch(fullName) });
  await em.flush();
  return chair;
}

describe('schedulingConflicts (before saving)', () => {
  it('reports the chairs and invited heads already booked, for a new meeting and every occurrence of a series', async () => {
    const chair = await newChair();
    const busy = ok(
      await schedule({
        startsAt: '2027-10-04T01:00:00.000Z',
        endsAt: '2027-10-04T03:00:00.000Z',
        chairs: [{ personId: gid.person(chair) }],
        invitedOrganizationIds: [],
        invitedPersonIds: [gid.person(person.mttqHead)],
      }),
    ).scheduleMeeting.meeting;
    const found = ok(
      await check({
        hostOrganizationId: gid.org(org.host),
        startsAt: '2027-10-04T02:00:00.000Z',
        endsAt: '2027-10-04T04:00:00.000Z',
        chairPersonIds: [gid.person(chair)],
        invitedOrganizationIds: [gid.org(org.mttq)],
      }),
    ).schedulingConflicts;
    expect(
      found
        .map((c) => [c.reason, c.person.id, c.organization?.id ?? null, c.conflictingMeeting?.id])
        .toSorted(),
    ).toEqual(
      [
        ['CHAIR', gid.person(chair), null, busy.id],
        ['HEAD_OF_INVITED_ORGANIZATION', gid.person(person.mttqHead), gid.org(org.mttq), busy.id],
      ].toSorted(),
    );
    // A monthly series starting a month earlier meets it on its second occurrence (first Monday of October).
    const series = ok(
      await check({
        hostOrganizationId: gid.org(org.host),
        startsAt: '2027-09-06T02:00:00.000Z',
        endsAt: '2027-09-06T04:00:00.000Z',
        chairPersonIds: [gid.person(chair)],
        recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=1MO', count: 3 },
      }),
    ).schedulingConflicts;
    expect(series.map((c) => [c.reason, new Date(c.startsAt).toISOString()])).toEqual([
      ['CHAIR', '2027-10-04T02:00:00.000Z'],
    ]);
  });

  it('checks a meeting being moved with its own chairs, not against itself', async () => {
    const chair = await newChair();
    const other = ok(
      await schedule({
        startsAt: '2027-11-10T01:00:00.000Z',
        endsAt: '2027-11-10T02:00:00.000Z',
        chairs: [{ personId: gid.person(chair) }],
        invitedOrganizationIds: [],
      }),
    ).scheduleMeeting.meeting;
    const mine = ok(
      await schedule({
        startsAt: '2027-11-10T05:00:00.000Z',
        endsAt: '2027-11-10T06:00:00.000Z',
        chairs: [{ personId: gid.person(chair) }],
        invitedOrganizationIds: [],
      }),
    ).scheduleMeeting.meeting;
    const where = (startsAt: string, endsAt: string) => ({ meetingId: mine.id, startsAt, endsAt });
    const free = ok(
      await check(where('2027-11-10T05:30:00.000Z', '2027-11-10T06:30:00.000Z')),
    ).schedulingConflicts;
    expect(free).toEqual([]);
    const clash = ok(
      await check(where('2027-11-10T01:30:00.000Z', '2027-11-10T02:30:00.000Z')),
    ).schedulingConflicts;
    expect(clash.map((c) => c.conflictingMeeting?.id)).toEqual([other.id]);
  });

  it('checks a long series in a constant number of statements', async () => {
    const chair = await newChair();
    const measure = async (count: number) => {
      ts.sql.reset();
      ok(
        await check({
          hostOrganizationId: gid.org(org.host),
          startsAt: '2028-05-01T01:00:00.000Z',
          endsAt: '2028-05-01T02:00:00.000Z',
          chairPersonIds: [gid.person(chair)],
          invitedOrganizationIds: [gid.org(org.mttq), gid.org(org.bdv)],
          recurrence: { rrule: 'FREQ=DAILY', count },
        }),
      );
      return { count: ts.sql.count, text: ts.sql.statements.join('\n') };
    };
    const small = await measure(2);
    const large = await measure(200);
    expect(large.count, large.text).toBeLessThanOrEqual(small.count);
    expect(large.count, large.text).toBeLessThanOrEqual(12);
  });

  it('is for coordinators of the host only; bad times are BAD_USER_INPUT', async () => {
    const { meeting } = ok(await schedule()).scheduleMeeting;
    const times = { startsAt: '2027-01-04T01:00:00.000Z', endsAt: '2027-01-04T02:00:00.000Z' };
    expect(codeOf(await check({ meetingId: meeting.id, ...times }, user.mttqMember.token))).toBe('FORBIDDEN');
    expect(codeOf(await check({ meetingId: meeting.id, ...times }, user.outsider.token))).toBe('NOT_FOUND');
    expect(
      codeOf(await check({ hostOrganizationId: gid.org(org.host), ...times }, user.mttqMember.token)),
    ).toMatch(/FORBIDDEN|NOT_FOUND/);
    expect(codeOf(await check({ ...times }))).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await check({ meetingId: meeting.id, startsAt: times.endsAt, endsAt: times.startsAt })),
    ).toBe('BAD_USER_INPUT');
  });
});
