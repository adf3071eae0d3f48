import { PeriodType } from './report.enums.js';

/**
 * Reporting periods and their data cut-off days (Decree 09/2019/NĐ-CP, art.
 * 12): a period runs from the day after the previous period's cut-off (the
 * 15th) to its own cut-off (the 14th). Pure functions over ISO dates
 * (`YYYY-MM-DD`); no time zone enters.
 *
 * - MONTH `2026-03`: 15 Feb – 14 Mar 2026
 * - QUARTER `2026-Q1`: 15 Dec 2025 – 14 Mar 2026
 * - HALF_YEAR `2026-H1`: 15 Dec 2025 – 14 Jun 2026; `2026-H2`: 15 Jun – 14 Dec 2026
 * - YEAR `2026`: 15 Dec 2025 – 14 Dec 2026
 */

/** The day of the month on which a period's data are cut off. */
export const DEFAULT_CUT_OFF_DAY = 14;

/** A period: its type, its key and its first and last days (inclusive). */
export interface ReportingPeriod {
  type: PeriodType;
  key: string;
  start: string;
  end: string;
}

const PATTERNS: Record<PeriodType, RegExp> = {
  [PeriodType.MONTH]: /^(\d{4})-(0[1-9]|1[0-2])$/,
  [PeriodType.QUARTER]: /^(\d{4})-Q([1-4])$/,
  [PeriodType.HALF_YEAR]: /^(\d{4})-H([12])$/,
  [PeriodType.YEAR]: /^(\d{4})$/,
};

/** Months in a period of each type. */
const MONTHS: Record<PeriodType, number> = {
  [PeriodType.MONTH]: 1,
  [PeriodType.QUARTER]: 3,
  [PeriodType.HALF_YEAR]: 6,
  [PeriodType.YEAR]: 12,
};

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** ISO date of `day` in month `month` (1-based; may be 0 or 13, wrapping the year). */
function isoDate(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The type of a period key, or null when it is not one. */
export function periodTypeOfKey(key: string): PeriodType | null {
  for (const type of Object.values(PeriodType)) if (PATTERNS[type].test(key)) return type;
  return null;
}

/** The last month (1–12) of the period `index` (1-based) of a type. */
function lastMonth(type: PeriodType, index: number): number {
  return index * MONTHS[type];
}

/**
 * The period a key names, with its cut-off days; null when the key does not
 * name a period of `type` (e.g. `2026-Q1` for a YEAR form).
 */
export function parsePeriod(
  type: PeriodType,
  key: string,
  cutOffDay: number = DEFAULT_CUT_OFF_DAY,
): ReportingPeriod | null {
  const match = PATTERNS[type].exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  const index = type === PeriodType.YEAR ? 1 : Number(match[2]);
  const last = lastMonth(type, index);
  const first = last - MONTHS[type] + 1;
  return {
    type,
    key,
    start: isoDate(year, first - 1, cutOffDay + 1),
    end: isoDate(year, last, cutOffDay),
  };
}

/** The key of the `index`-th (1-based) period of `type` in `year`. */
function keyOf(type: PeriodType, year: number, index: number): string {
  switch (type) {
    case PeriodType.MONTH:
      return `${pad(year, 4)}-${pad(index)}`;
    case PeriodType.QUARTER:
      return `${pad(year, 4)}-Q${index}`;
    case PeriodType.HALF_YEAR:
      return `${pad(year, 4)}-H${index}`;
    case PeriodType.YEAR:
      return pad(year, 4);
  }
}

/** The period of `type` that contains the ISO date `date`. */
export function periodContaining(
  type: PeriodType,
  date: string,
  cutOffDay: number = DEFAULT_CUT_OFF_DAY,
): ReportingPeriod {
  let year = Number(date.slice(0, 4));
  let month = Number(date.slice(5, 7));
  // After the cut-off, a day belongs to the next month's period.
  if (Number(date.slice(8, 10)) > cutOffDay) month += 1;
  if (month > 12) {
    month = 1;
    year += 1;
  }
  const index = Math.ceil(month / MONTHS[type]);
  return parsePeriod(type, keyOf(type, year, index), cutOffDay)!;
}

/** The period before `period` of the same type. */
export function previousPeriod(
  period: ReportingPeriod,
  cutOffDay: number = DEFAULT_CUT_OFF_DAY,
): ReportingPeriod {
  return periodContaining(period.type, addDays(period.start, -1), cutOffDay);
}

/** The same period one year earlier (for "last year beside this one"). */
export function samePeriodLastYear(
  period: ReportingPeriod,
  cutOffDay: number = DEFAULT_CUT_OFF_DAY,
): ReportingPeriod {
  const year = Number(period.key.slice(0, 4)) - 1;
  return parsePeriod(period.type, pad(year, 4) + period.key.slice(4), cutOffDay)!;
}

/** The periods of `type` from the one containing `from` to the one containing `to`, in order. */
export function periodsBetween(
  type: PeriodType,
  from: string,
  to: string,
  cutOffDay: number = DEFAULT_CUT_OFF_DAY,
): ReportingPeriod[] {
  const out: ReportingPeriod[] = [];
  let period = periodContaining(type, from, cutOffDay);
  while (period.start <= to) {
    out.push(period);
    period = periodContaining(type, addDays(period.end, 1), cutOffDay);
  }
  return out;
}

/** A report for `period` is due `deadlineDays` after its last day. */
export function dueDate(period: ReportingPeriod, deadlineDays: number): string {
  return addDays(period.end, deadlineDays);
}

/** Whether the period is over on `today` (its last day has passed). */
export function periodEnded(period: ReportingPeriod, today: string): boolean {
  return today > period.end;
}

/** ISO date `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return isoDate(y, m, d + days);
}
