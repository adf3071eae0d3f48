/**
 * Moving occurrences of a series: THIS, THIS_AND_FOLLOWING (a split), the whole SERIES, and a move off
 * the rule refused.
 */
import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/core/ids.js';
import { MeetingSeries } from '../../server/modules/meetings/series.entity.js';
import { codeOf, dbId, ok } from '../helpers/results.js';
import {
  FIRST_MONDAYS_2027,
  Reschedule,
  monthlySeries,
  occurrencesOf,
  ts,
  useMeetingsServer,
  user,
} from '../helpers/meetings.js';

useMeetingsServer();

const localTimes = async (seriesGlobalId: string) =>
  (await occurrencesOf(seriesGlobalId)).map((m) => m.startsAt.toISOString());

describe('recurring briefings: moving occurrences', () => {
  it('moves one occurrence (THIS) without touching the others', async () => {
    const { series } = await monthlySeries();
    const before = await occurrencesOf(series!.id);
    const third = before[2];
    const moved = ok(
      await ts.gql(
        Reschedule,
        {
          input: {
            meetingId: toGlobalId('Meeting', third.id),
            scope: 'THIS',
            startsAt: '2027-03-02T07:00:00.000Z',
            endsAt: '2027-03-02T09:00:00.000Z',
          },
        },
        user.coordinator.token,
      ),
    ).rescheduleMeeting;
    expect(moved.meeting).toMatchObject({
      startsAtLocal: '2027-03-02T14:00:00+07:00',
      isException: true,
      sequence: 1,
    });
    const after = await occurrencesOf(series!.id);
    after.forEach((m, i) => {
      if (i === 2) return;
      expect(m.startsAt).toEqual(before[i].startsAt);
      expect(m.isException).toBe(false);
      expect(m.sequence).toBe(0);
    });
    expect(after[2].originalStart).toEqual(before[2].startsAt);
  });

  it('splits the series on THIS_AND_FOLLOWING; exceptions after the split keep their changes', async () => {
    const { series } = await monthlySeries();
    const rows = await occurrencesOf(series!.id);
    // Move the 8th (August) occurrence on its own first.
    ok(
      await ts.gql(
        Reschedule,
        {
          input: {
            meetingId: toGlobalId('Meeting', rows[7].id),
            startsAt: '2027-08-03T02:00:00.000Z',
            endsAt: '2027-08-03T05:00:00.000Z',
          },
        },
        user.coordinator.token,
      ),
    );
    const split = ok(
      await ts.gql(
        Reschedule,
        {
          input: {
            meetingId: toGlobalId('Meeting', rows[5].id),
            scope: 'THIS_AND_FOLLOWING',
            startsAt: '2027-06-07T07:00:00.000Z',
            endsAt: '2027-06-07T09:00:00.000Z',
          },
        },
        user.coordinator.token,
      ),
    ).rescheduleMeeting;
    expect(split.series).toMatchObject({ rrule: 'FREQ=MONTHLY;BYDAY=1MO;COUNT=7', occurrenceCount: 7 });
    expect(split.series!.splitFrom!.id).toBe(series!.id);
    expect(split.meeting).toMatchObject({ startsAtLocal: '2027-06-07T14:00:00+07:00', isException: false });
    const old = await ts.orm.em.fork().findOneOrFail(MeetingSeries, dbId(series!.id));
    expect(old.count).toBeNull();
    expect(old.untilAt!.toISOString()).toBe('2027-06-07T00:59:59.000Z');
    expect(old.sequence).toBe(1);
    expect(await localTimes(series!.id)).toEqual(rows.slice(0, 5).map((r) => r.startsAt.toISOString()));
    const after = await occurrencesOf(split.series!.id);
    expect(after.map((m) => m.id)).toEqual(rows.slice(5).map((r) => r.id));
    const expected = FIRST_MONDAYS_2027.slice(5).map((d) => `2027-${d}T07:00:00.000Z`);
    expect(after.map((m) => m.originalStart!.toISOString())).toEqual(expected);
    after.forEach((m, i) => {
      if (i === 2) {
        expect(m.startsAt.toISOString()).toBe('2027-08-03T02:00:00.000Z');
        expect(m.isException).toBe(true);
      } else {
        expect(m.startsAt.toISOString()).toBe(expected[i]);
        expect(m.endsAt.getTime() - m.startsAt.getTime()).toBe(2 * 3600_000);
      }
    });
  });

  it('moves the whole SERIES by the time given for one occurrence, keeping its identity', async () => {
    const { series } = await monthlySeries();
    const rows = await occurrencesOf(series!.id);
    const result = ok(
      await ts.gql(
        Reschedule,
        {
          input: {
            meetingId: toGlobalId('Meeting', rows[3].id),
            scope: 'SERIES',
            startsAt: '2027-04-05T02:30:00.000Z',
            endsAt: '2027-04-05T04:30:00.000Z',
          },
        },
        user.coordinator.token,
      ),
    ).rescheduleMeeting;
    expect(result.series).toMatchObject({
      id: series!.id,
      rrule: 'FREQ=MONTHLY;BYDAY=1MO;COUNT=12',
      sequence: 1,
    });
    expect(await localTimes(series!.id)).toEqual(FIRST_MONDAYS_2027.map((d) => `2027-${d}T02:30:00.000Z`));
    const after = await occurrencesOf(series!.id);
    expect(after.every((m) => !m.isException && m.sequence === 1)).toBe(true);
  });

  it('refuses a whole-series move off the rule (a Tuesday for "first Monday"), writing nothing', async () => {
    const { series } = await monthlySeries();
    const rows = await occurrencesOf(series!.id);
    const result = await ts.gql(
      Reschedule,
      {
        input: {
          meetingId: toGlobalId('Meeting', rows[1].id),
          scope: 'SERIES',
          startsAt: '2027-02-02T01:00:00.000Z',
          endsAt: '2027-02-02T03:00:00.000Z',
        },
      },
      user.coordinator.token,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(await localTimes(series!.id)).toEqual(rows.map((r) => r.startsAt.toISOString()));
  });
});
