/**
 * Postponing and cancelling occurrences, one or this and following.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { toGlobalId } from '../../server/core/ids.js';
import { codeOf, ok } from '../helpers/results.js';
import {
  Reschedule,
  monthlySeries,
  occurrencesOf,
  ts,
  useMeetingsServer,
  user,
} from '../helpers/meetings.js';

useMeetingsServer();

const Postpone = graphql(`
  mutation MeetingsPostpone($input: PostponeMeetingInput!) {
    postponeMeeting(input: $input) { meeting { id status statusReason isException } }
  }
`);

const Cancel = graphql(`
  mutation MeetingsCancel($input: CancelMeetingInput!) {
    cancelMeeting(input: $input) { cancelledCount meeting { id status statusReason } }
  }
`);

describe('recurring briefings: postponing and cancelling', () => {
  it('postpones and cancels occurrences, one or this and following', async () => {
    const { series } = await monthlySeries();
    const rows = await occurrencesOf(series!.id);
    const postponed = ok(
      await ts.gql(
        Postpone,
        { input: { meetingId: toGlobalId('Meeting', rows[0].id), reason: 'Trùng lịch kỳ họp HĐND' } },
        user.coordinator.token,
      ),
    );
    expect(postponed.postponeMeeting.meeting).toMatchObject({ status: 'POSTPONED', isException: true });
    const rescheduled = ok(
      await ts.gql(
        Reschedule,
        {
          input: {
            meetingId: toGlobalId('Meeting', rows[0].id),
            startsAt: '2027-01-11T01:00:00.000Z',
            endsAt: '2027-01-11T04:00:00.000Z',
          },
        },
        user.coordinator.token,
      ),
    );
    expect(rescheduled.rescheduleMeeting.meeting.status).toBe('SCHEDULED');
    const one = ok(
      await ts.gql(
        Cancel,
        { input: { meetingId: toGlobalId('Meeting', rows[1].id), reason: 'Bão số 3' } },
        user.coordinator.token,
      ),
    );
    expect(one.cancelMeeting).toMatchObject({
      cancelledCount: 1,
      meeting: { status: 'CANCELLED', statusReason: 'Bão số 3' },
    });
    const rest = ok(
      await ts.gql(
        Cancel,
        {
          input: {
            meetingId: toGlobalId('Meeting', rows[9].id),
            scope: 'THIS_AND_FOLLOWING',
            reason: 'Sáp nhập',
          },
        },
        user.coordinator.token,
      ),
    );
    expect(rest.cancelMeeting.cancelledCount).toBe(3);
    const statuses = (await occurrencesOf(series!.id)).map((m) => m.status);
    expect(statuses).toEqual([
      'SCHEDULED',
      'CANCELLED',
      ...Array(7).fill('SCHEDULED'),
      'CANCELLED',
      'CANCELLED',
      'CANCELLED',
    ]);
    const again = await ts.gql(
      Cancel,
      { input: { meetingId: toGlobalId('Meeting', rows[1].id), reason: 'x' } },
      user.coordinator.token,
    );
    expect(codeOf(again)).toBe('CONFLICT');
  });
});
