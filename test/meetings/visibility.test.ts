/**
 * Who sees a meeting: hidden from organizations not invited, shown up the chain of command.
 */
import { describe, expect, it } from 'vitest';
import { unique } from '../helpers/factories.js';
import { codeOf, ok } from '../helpers/results.js';
import {
  Detail,
  List,
  Reschedule,
  admin,
  schedule,
  ts,
  useMeetingsServer,
  user,
} from '../helpers/meetings.js';

useMeetingsServer();

describe('who sees a meeting', () => {
  it('hides it from organizations not invited (list, by id, node) and shows it up the chain of command', async () => {
    const { meeting } = ok(await schedule({ title: `Giao ban kín ${unique()}` })).scheduleMeeting;
    const filter = { from: '2027-01-03T00:00:00.000Z', to: '2027-01-05T00:00:00.000Z' };
    const seen = async (token: string) =>
      ok(await ts.gql(List, { filter, first: 100 }, token)).meetings.edges.some(
        (e) => e.node.id === meeting.id,
      );
    expect(await seen(user.outsider.token)).toBe(false);
    expect(codeOf(await ts.gql(Detail, { id: meeting.id }, user.outsider.token))).toBe('NOT_FOUND');
    const node = await ts.gql(
      'query($id: ID!) { node(id: $id) { id } }',
      { id: meeting.id },
      user.outsider.token,
    );
    expect(codeOf(node)).toBe('NOT_FOUND');
    for (const viewer of [user.above, user.mttqMember, user.invited, admin]) {
      expect(await seen(viewer.token)).toBe(true);
      expect(ok(await ts.gql(Detail, { id: meeting.id }, viewer.token)).meeting.id).toBe(meeting.id);
    }
    const asOutsider = await ts.gql(
      Reschedule,
      {
        input: {
          meetingId: meeting.id,
          startsAt: '2027-01-05T01:00:00.000Z',
          endsAt: '2027-01-05T02:00:00.000Z',
        },
      },
      user.outsider.token,
    );
    expect(codeOf(asOutsider)).toBe('NOT_FOUND');
    const asInvitee = await ts.gql(
      Reschedule,
      {
        input: {
          meetingId: meeting.id,
          startsAt: '2027-01-05T01:00:00.000Z',
          endsAt: '2027-01-05T02:00:00.000Z',
        },
      },
      user.mttqMember.token,
    );
    expect(codeOf(asInvitee)).toBe('FORBIDDEN');
    expect(codeOf(await schedule({}, user.mttqMember.token))).toBe('FORBIDDEN');
  });
});
