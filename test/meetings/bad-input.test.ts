/**
 * Bad input to scheduling: typed errors, nothing partly written.
 */
import { describe, expect, it } from 'vitest';
import { gid, unique } from '../helpers/factories.js';
import { Meeting } from '../../server/modules/meetings/meeting.entity.js';
import { MeetingInvitation } from '../../server/modules/meetings/participation.entity.js';
import { MeetingSeries } from '../../server/modules/meetings/series.entity.js';
import { codeOf } from '../helpers/results.js';
import { org, schedule, ts, useMeetingsServer } from '../helpers/meetings.js';

useMeetingsServer();

describe('bad input: typed errors, nothing partly written', () => {
  const monthly = { rrule: 'FREQ=MONTHLY;BYDAY=1MO', count: 3 };
  const cases: [string, () => Record<string, unknown>, string][] = [
    [
      'end before start',
      () => ({ endsAt: '2027-01-04T00:00:00.000Z', recurrence: monthly }),
      'BAD_USER_INPUT',
    ],
    [
      'an invalid recurrence rule',
      () => ({ recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=1XX', count: 3 } }),
      'BAD_USER_INPUT',
    ],
    ['an open-ended series', () => ({ recurrence: { rrule: 'FREQ=WEEKLY' } }), 'BAD_USER_INPUT'],
    [
      'more than 400 occurrences',
      () => ({ recurrence: { rrule: 'FREQ=DAILY', until: '2029-01-01' } }),
      'BAD_USER_INPUT',
    ],
    [
      'a start off the rule',
      () => ({ recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=1TU', count: 3 } }),
      'BAD_USER_INPUT',
    ],
    [
      'a dissolved invitee',
      () => ({ invitedOrganizationIds: [gid.org(org.bdv), gid.org(org.dissolved)], recurrence: monthly }),
      'CONFLICT',
    ],
    ['a bad online link', () => ({ onlineUrl: 'javascript:alert(1)' }), 'BAD_USER_INPUT'],
  ];

  it.each(cases)('refuses %s', async (_name, input, code) => {
    const em = ts.orm.em.fork();
    const [meetings, invitations] = await Promise.all([
      em.count(Meeting, {}),
      em.count(MeetingInvitation, {}),
    ]);
    const title = `Không được ghi ${unique()}`;
    const result = await schedule({ ...input(), title });
    expect(codeOf(result)).toBe(code);
    const after = ts.orm.em.fork();
    expect(await after.count(Meeting, {})).toBe(meetings);
    expect(await after.count(MeetingInvitation, {})).toBe(invitations);
    expect(await after.count(MeetingSeries, { title })).toBe(0);
  });
});
