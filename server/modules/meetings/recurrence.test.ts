import { describe, expect, it } from 'vitest';
import { expandRecurrence, MAX_OCCURRENCES, parseRecurrence, rruleValue } from './recurrence.js';
import { localIso, shiftByWallClock } from './zoned.js';

const at = (iso: string) => new Date(iso);
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return 'OK';
};

describe('recurrence', () => {
  it('expands the first Monday of each month of 2026 at 08:00 in Asia/Ho_Chi_Minh', () => {
    const r = parseRecurrence(
      { rrule: 'RRULE:freq=monthly;byday=1MO', count: 12 },
      at('2026-01-05T01:00:00Z'),
    );
    expect(r.rule).toBe('FREQ=MONTHLY;BYDAY=1MO');
    expect(rruleValue(r)).toBe('FREQ=MONTHLY;BYDAY=1MO;COUNT=12');
    const starts = expandRecurrence(r).map((d) => localIso(d));
    expect(starts).toHaveLength(12);
    expect(starts.slice(0, 3)).toEqual([
      '2026-01-05T08:00:00+07:00',
      '2026-02-02T08:00:00+07:00',
      '2026-03-02T08:00:00+07:00',
    ]);
    expect(starts[11]).toBe('2026-12-07T08:00:00+07:00');
  });

  it('takes UNTIL as a local day, in the rule or beside it', () => {
    const beside = parseRecurrence({ rrule: 'FREQ=WEEKLY', until: '2026-01-26' }, at('2026-01-05T01:00:00Z'));
    expect(expandRecurrence(beside)).toHaveLength(4);
    expect(rruleValue(beside)).toBe('FREQ=WEEKLY;UNTIL=20260126T165959Z');
    const inside = parseRecurrence({ rrule: 'FREQ=WEEKLY;UNTIL=20260126' }, at('2026-01-05T01:00:00Z'));
    expect(inside.untilAt).toEqual(beside.untilAt);
  });

  it('refuses bad rules, open-ended series, too many occurrences and a start off the rule', () => {
    const start = at('2026-01-05T01:00:00Z');
    const bad = (rrule: string, extra: { count?: number; until?: string } = { count: 3 }) =>
      code(() => expandRecurrence(parseRecurrence({ rrule, ...extra }, start)));
    expect(bad('FREQ=MONTHLY;BYDAY=1XX')).toBe('BAD_USER_INPUT');
    expect(bad('FREQ=HOURLY')).toBe('BAD_USER_INPUT');
    expect(bad('FREQ=WEEKLY;BYHOUR=9')).toBe('BAD_USER_INPUT');
    expect(bad('FREQ=WEEKLY;FOO=1')).toBe('BAD_USER_INPUT');
    expect(bad('FREQ=MONTHLY;BYMONTHDAY=40')).toBe('BAD_USER_INPUT');
    expect(bad('BYDAY=MO')).toBe('BAD_USER_INPUT');
    expect(bad('FREQ=WEEKLY', {})).toBe('BAD_USER_INPUT');
    expect(bad('FREQ=WEEKLY;COUNT=2', { count: 2 })).toBe('BAD_USER_INPUT');
    expect(bad('FREQ=DAILY', { count: MAX_OCCURRENCES + 1 })).toBe('BAD_USER_INPUT');
    expect(bad('FREQ=DAILY', { until: '2030-01-01' })).toBe('BAD_USER_INPUT');
    expect(bad('FREQ=DAILY', { until: '2025-01-01' })).toBe('BAD_USER_INPUT');
    expect(bad('FREQ=MONTHLY;BYDAY=1TU')).toBe('BAD_USER_INPUT');
    expect(bad('FREQ=DAILY', { count: MAX_OCCURRENCES })).toBe('OK');
  });

  it('refuses, without scanning for long, a counted rule that never or too rarely yields', () => {
    const start = at('2026-01-05T01:00:00Z');
    const bad = (rrule: string, extra: { count?: number; until?: string }) =>
      code(() => expandRecurrence(parseRecurrence({ rrule, ...extra }, start)));
    expect(bad('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', { count: 3 })).toBe('BAD_USER_INPUT');
    expect(bad('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', { count: 3 })).toBe('BAD_USER_INPUT');
    expect(bad('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', { until: '2199-12-31' })).toBe('BAD_USER_INPUT');
    expect(bad('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', { until: '2199-12-31' })).toBe('BAD_USER_INPUT');
    expect(bad('FREQ=WEEKLY;UNTIL=99991231', {})).toBe('BAD_USER_INPUT');
    expect(bad('FREQ=YEARLY;INTERVAL=100', { count: 3 })).toBe('BAD_USER_INPUT');
    expect(bad('FREQ=YEARLY;INTERVAL=50', { count: 3 })).toBe('OK');
    expect(bad('FREQ=DAILY', { count: 3 })).toBe('OK');
  });

  it('shifts by wall-clock time', () => {
    const moved = shiftByWallClock(
      at('2026-01-05T01:00:00Z'),
      at('2026-03-02T01:00:00Z'),
      at('2026-03-02T07:30:00Z'),
    );
    expect(localIso(moved)).toBe('2026-01-05T14:30:00+07:00');
  });
});
