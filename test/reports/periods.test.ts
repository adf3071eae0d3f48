import { describe, expect, it } from 'vitest';
import {
  dueDate,
  parsePeriod,
  periodContaining,
  periodEnded,
  periodsBetween,
  periodTypeOfKey,
  previousPeriod,
  samePeriodLastYear,
} from '../../server/modules/reports/periods.js';
import { PeriodType } from '../../server/modules/reports/report.enums.js';

const span = (type: PeriodType, key: string) => {
  const p = parsePeriod(type, key)!;
  return [p.start, p.end];
};

describe('reporting periods (Decree 09/2019/NĐ-CP cut-off days)', () => {
  it('runs a month from the 15th of the previous month to the 14th', () => {
    expect(span(PeriodType.MONTH, '2026-03')).toEqual(['2026-02-15', '2026-03-14']);
    expect(span(PeriodType.MONTH, '2026-01')).toEqual(['2025-12-15', '2026-01-14']);
    expect(span(PeriodType.MONTH, '2026-12')).toEqual(['2026-11-15', '2026-12-14']);
  });

  it('runs a quarter from the 15th of the month before it to the 14th of its last month', () => {
    expect(span(PeriodType.QUARTER, '2026-Q1')).toEqual(['2025-12-15', '2026-03-14']);
    expect(span(PeriodType.QUARTER, '2026-Q2')).toEqual(['2026-03-15', '2026-06-14']);
    expect(span(PeriodType.QUARTER, '2026-Q4')).toEqual(['2026-09-15', '2026-12-14']);
  });

  it('runs half-years and years from 15 December of the previous year', () => {
    expect(span(PeriodType.HALF_YEAR, '2026-H1')).toEqual(['2025-12-15', '2026-06-14']);
    expect(span(PeriodType.HALF_YEAR, '2026-H2')).toEqual(['2026-06-15', '2026-12-14']);
    expect(span(PeriodType.YEAR, '2026')).toEqual(['2025-12-15', '2026-12-14']);
  });

  it('rejects keys that do not name a period of the type', () => {
    expect(parsePeriod(PeriodType.YEAR, '2026-Q1')).toBeNull();
    expect(parsePeriod(PeriodType.MONTH, '2026-13')).toBeNull();
    expect(parsePeriod(PeriodType.QUARTER, '2026-Q5')).toBeNull();
    expect(parsePeriod(PeriodType.HALF_YEAR, '2026')).toBeNull();
    expect(periodTypeOfKey('2026-H2')).toBe(PeriodType.HALF_YEAR);
    expect(periodTypeOfKey('26')).toBeNull();
  });

  it('finds the period containing a day, the 15th opening the next one', () => {
    expect(periodContaining(PeriodType.MONTH, '2026-03-14').key).toBe('2026-03');
    expect(periodContaining(PeriodType.MONTH, '2026-03-15').key).toBe('2026-04');
    expect(periodContaining(PeriodType.YEAR, '2025-12-15').key).toBe('2026');
    expect(periodContaining(PeriodType.YEAR, '2025-12-14').key).toBe('2025');
    expect(periodContaining(PeriodType.QUARTER, '2026-06-20').key).toBe('2026-Q3');
    expect(periodContaining(PeriodType.HALF_YEAR, '2026-12-31').key).toBe('2027-H1');
  });

  it('steps back to the previous period and to the same period last year', () => {
    const q1 = parsePeriod(PeriodType.QUARTER, '2026-Q1')!;
    expect(previousPeriod(q1).key).toBe('2025-Q4');
    expect(samePeriodLastYear(q1).key).toBe('2025-Q1');
    expect(previousPeriod(parsePeriod(PeriodType.MONTH, '2026-01')!).key).toBe('2025-12');
    expect(previousPeriod(parsePeriod(PeriodType.YEAR, '2026')!)).toMatchObject({
      key: '2025',
      start: '2024-12-15',
      end: '2025-12-14',
    });
  });

  it('lists the periods of a range, contiguous and without gaps', () => {
    const months = periodsBetween(PeriodType.MONTH, '2025-12-15', '2026-12-14');
    expect(months.map((p) => p.key)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    );
    for (let i = 1; i < months.length; i++) {
      expect(months[i]!.start > months[i - 1]!.end).toBe(true);
    }
    expect(periodsBetween(PeriodType.QUARTER, '2026-01-01', '2026-12-14').map((p) => p.key)).toEqual([
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
  });

  it('computes the deadline after the cut-off and whether a period has ended', () => {
    const year = parsePeriod(PeriodType.YEAR, '2026')!;
    expect(dueDate(year, 10)).toBe('2026-12-24');
    expect(dueDate(parsePeriod(PeriodType.MONTH, '2026-02')!, 20)).toBe('2026-03-06');
    expect(periodEnded(year, '2026-12-14')).toBe(false);
    expect(periodEnded(year, '2026-12-15')).toBe(true);
  });

  it('honours a configured cut-off day', () => {
    expect(parsePeriod(PeriodType.MONTH, '2026-03', 20)).toMatchObject({
      start: '2026-02-21',
      end: '2026-03-20',
    });
  });
});
