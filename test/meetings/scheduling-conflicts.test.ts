/**
 * Scheduling conflicts: warnings, not refusals, when a chair or an invited head is already booked.
 */
import { describe, expect, it } from 'vitest';
import { gid, unique } from '../helpers/factories.js';
import { foldForSearch } from '../../server/core/text.js';
import { Person } from '../../server/modules/people/person.entity.js';
import { ok } from '../helpers/results.js';
import { Reschedule, org, person, schedule, ts, useMeetingsServer, user } from '../helpers/meetings.js';

useMeetingsServer();

function newPerson(fullName = `Cán bộ ${unique()}`): Person {
  return ts.orm.em.fork().create(Person, { fullName, searchKey: foldForSearch(fullName) });
}

describe('scheduling conflicts', () => {
  it('warns, without refusing, when a chair or an invited head is already booked', async () => {
    const chair = newPerson();
    const em = ts.orm.em.fork();
    em.persist(chair);
    await em.flush();
    const first = ok(
      await schedule({
        startsAt: '2027-09-15T01:00:00.000Z',
        endsAt: '2027-09-15T03:00:00.000Z',
        chairs: [{ personId: gid.person(chair) }],
        invitedOrganizationIds: [],
        invitedPersonIds: [gid.person(person.mttqHead)],
      }),
    ).scheduleMeeting;
    expect(first.warnings).toEqual([]);
    const second = ok(
      await schedule({
        startsAt: '2027-09-15T02:00:00.000Z',
        endsAt: '2027-09-15T04:00:00.000Z',
        chairs: [{ personId: gid.person(chair) }],
        invitedOrganizationIds: [gid.org(org.mttq)],
        invitedPersonIds: [],
      }),
    ).scheduleMeeting;
    const warnings = second.warnings.map((w) => [
      w.reason,
      w.person.id,
      w.organization?.id ?? null,
      w.conflictingMeeting?.id,
    ]);
    expect(warnings.toSorted()).toEqual(
      [
        ['CHAIR', gid.person(chair), null, first.meeting.id],
        ['HEAD_OF_INVITED_ORGANIZATION', gid.person(person.mttqHead), gid.org(org.mttq), first.meeting.id],
      ].toSorted(),
    );
    const elsewhere = ok(
      await schedule({
        startsAt: '2027-09-15T05:00:00.000Z',
        endsAt: '2027-09-15T06:00:00.000Z',
        chairs: [{ personId: gid.person(chair) }],
      }),
    ).scheduleMeeting;
    expect(elsewhere.warnings).toEqual([]);
    const moved = ok(
      await ts.gql(
        Reschedule,
        {
          input: {
            meetingId: elsewhere.meeting.id,
            startsAt: '2027-09-15T02:30:00.000Z',
            endsAt: '2027-09-15T03:30:00.000Z',
          },
        },
        user.coordinator.token,
      ),
    ).rescheduleMeeting;
    expect(moved.warnings.filter((w) => w.reason === 'CHAIR').length).toBe(2);
  });
});
