import { LocalDateResolver } from 'graphql-scalars';
import { badInput } from './errors.js';

/** `YYYY-MM-DD`, a calendar date without time zone (terms, deadlines). */
export const LocalDate = LocalDateResolver;

/** Today's date in Asia/Ho_Chi_Minh as `YYYY-MM-DD`. */
export function todayInVietnam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}

/** Throws BAD_USER_INPUT when `end` is before `start` (both `YYYY-MM-DD`). */
export function assertDateOrder(start: string, end: string | null | undefined, field: string): void {
  if (end && end < start) throw badInput(field, `${field} must not be before the start date`);
}

/** The day before `date` (`YYYY-MM-DD`). */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
