/**
 * Editing a meeting's details (title, description, place, link, time): a one-off meeting, one occurrence,
 * this and the following ones (a split), the whole series; who may, and what is refused.
 */
import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/core/ids.js';
import { MeetingSeries } from '../../server/modules/meetings/series.entity.js';
import { graphql } from '../generated/index.js';
import { codeOf, dbId, ok } from '../helpers/results.js';
import { monthlySeries, occurrencesOf, schedule, ts, useMeetingsServer, user } from '../helpers/meetings.js';

useMeetingsServer();

const Update = graphql(`
  mutation MeetingsUpdate($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      meeting { id title description place onlineUrl startsAtLocal isException sequence series { id } }
      series { id title splitFrom { id } }
      warnings { reason person { id } }
    }
  }
`);

const update = (input: Record<string, unknown>, token = user.coordinator.token) =>
  ts.gql(Update, { input: input as never }, token);

const meetingGid = (id: string) => toGlobalId('Meeting', id);

describe('updateMeeting', () => {
  it('edits a one-off meeting and tells those concerned', async () => {
    const { meeting } = ok(await schedule()).scheduleMeeting;
    const edited = ok(
      await update({
        meetingId: meeting.id,
        title: '  Giao ban   quý I  ',
        description: 'Nội dung: sơ kết quý I',
        place: 'Hội trường UBND tỉnh',
        onlineUrl: 'https://hop.example.vn/quy-1',
      }),
    ).updateMeeting;
    expect(edited.meeting).toMatchObject({
      title: 'Giao ban quý I',
      description: 'Nội dung: sơ kết quý I',
      place: 'Hội trường UBND tỉnh',
      onlineUrl: 'https://hop.example.vn/quy-1',
      sequence: 1,
    });
    expect(edited.series).toBeNull();
    const told = await ts.orm.em
      .fork()
      .getConnection()
      .execute<{ kind: string }[]>(
        'select distinct kind from notification where subject_id = ? and kind <> ?',
        [dbId(meeting.id), 'MEETING_SCHEDULED'],
      );
    expect(told.map((r) => r.kind)).toEqual(['MEETING_RESCHEDULED']);
    const cleared = ok(await update({ meetingId: meeting.id, place: ' ', description: null })).updateMeeting;
    expect(cleared.meeting).toMatchObject({ place: null, description: null, title: 'Giao ban quý I' });
  });

  it('changes one occurrence (THIS) and its time; it becomes an exception, the others stay', async () => {
    const { series } = await monthlySeries();
    const rows = await occurrencesOf(series!.id);
    const edited = ok(
      await update({
        meetingId: meetingGid(rows[2].id),
        title: 'Giao ban tháng 3 (mở rộng)',
        startsAt: '2027-03-01T02:00:00.000Z',
        endsAt: '2027-03-01T05:00:00.000Z',
      }),
    ).updateMeeting;
    expect(edited.meeting).toMatchObject({
      title: 'Giao ban tháng 3 (mở rộng)',
      startsAtLocal: '2027-03-01T09:00:00+07:00',
      isException: true,
    });
    const after = await occurrencesOf(series!.id);
    expect(after.filter((m) => m.isException).map((m) => m.seriesIndex)).toEqual([2]);
    expect(new Set(after.filter((m) => m.seriesIndex !== 2).map((m) => m.title))).toEqual(
      new Set([rows[0].title]),
    );
  });

  it('a title of its own makes an occurrence an exception, and taking the series title back undoes it', async () => {
    const { series } = await monthlySeries();
    const rows = await occurrencesOf(series!.id);
    const own = ok(await update({ meetingId: meetingGid(rows[1].id), title: 'Khác' })).updateMeeting;
    expect(own.meeting.isException).toBe(true);
    const back = ok(await update({ meetingId: meetingGid(rows[1].id), title: rows[1].title })).updateMeeting;
    expect(back.meeting.isException).toBe(false);
  });

  it('splits the series on THIS_AND_FOLLOWING: the following occurrences take the change', async () => {
    const { series } = await monthlySeries();
    const rows = await occurrencesOf(series!.id);
    const edited = ok(
      await update({
        meetingId: meetingGid(rows[6].id),
        scope: 'THIS_AND_FOLLOWING',
        place: 'Phòng họp số 2',
      }),
    ).updateMeeting;
    expect(edited.series).toMatchObject({ splitFrom: { id: series!.id } });
    const before = await occurrencesOf(series!.id);
    const following = await occurrencesOf(edited.series!.id);
    expect(before.map((m) => m.place)).toEqual(Array(6).fill(rows[0].place));
    expect(following.map((m) => m.place)).toEqual(Array(6).fill('Phòng họp số 2'));
    expect(following.map((m) => m.startsAt)).toEqual(rows.slice(6).map((m) => m.startsAt));
    expect(following.every((m) => !m.isException)).toBe(true);
  });

  it('changes the whole SERIES: the template and the occurrences to come; an own change of another field stays', async () => {
    const { series } = await monthlySeries();
    const rows = await occurrencesOf(series!.id);
    ok(await update({ meetingId: meetingGid(rows[4].id), place: 'Nhà văn hóa xã' }));
    const edited = ok(
      await update({ meetingId: meetingGid(rows[0].id), scope: 'SERIES', title: 'Giao ban Khối dân vận' }),
    ).updateMeeting;
    expect(edited.series).toMatchObject({ id: series!.id, title: 'Giao ban Khối dân vận' });
    const after = await occurrencesOf(series!.id);
    expect(after.every((m) => m.title === 'Giao ban Khối dân vận')).toBe(true);
    expect(after[4]).toMatchObject({ place: 'Nhà văn hóa xã', isException: true });
    expect(after.filter((m) => m.isException).map((m) => m.seriesIndex)).toEqual([4]);
    const stored = await ts.orm.em.fork().findOneOrFail(MeetingSeries, dbId(series!.id));
    expect(stored.title).toBe('Giao ban Khối dân vận');
  });

  it('nothing changed: no new sequence', async () => {
    const { meeting } = ok(await schedule()).scheduleMeeting;
    const same = ok(await update({ meetingId: meeting.id, title: meeting.title })).updateMeeting;
    expect(same.meeting.sequence).toBe(0);
  });

  it('refuses an invited member (FORBIDDEN), a cancelled meeting (CONFLICT), a blank title and a bad link', async () => {
    const { meeting } = ok(await schedule()).scheduleMeeting;
    expect(codeOf(await update({ meetingId: meeting.id, title: 'X' }, user.mttqMember.token))).toMatch(
      /FORBIDDEN|NOT_FOUND/,
    );
    expect(codeOf(await update({ meetingId: meeting.id, title: '   ' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await update({ meetingId: meeting.id, onlineUrl: 'ftp://x' }))).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await update({
          meetingId: meeting.id,
          startsAt: '2027-01-04T05:00:00.000Z',
          endsAt: '2027-01-04T04:00:00.000Z',
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    const { meeting: other } = ok(await schedule()).scheduleMeeting;
    const Cancel = graphql(`
      mutation MeetingsUpdateCancel($input: CancelMeetingInput!) {
        cancelMeeting(input: $input) { cancelledCount }
      }
    `);
    ok(
      await ts.gql(Cancel, { input: { meetingId: other.id, reason: 'Trùng lịch' } }, user.coordinator.token),
    );
    expect(codeOf(await update({ meetingId: other.id, title: 'Y' }))).toBe('CONFLICT');
  });
});
