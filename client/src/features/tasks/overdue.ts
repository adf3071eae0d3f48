import { localDateInVietnam } from '../../i18n/format-date';

const DAY_MS = 86_400_000;

/** Whole days from `dueOn` to `today` (both `YYYY-MM-DD`, by default today in Vietnam); 0 or less when not past. */
export function daysOverdue(dueOn: string, today: string = localDateInVietnam()): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueOn}T00:00:00Z`)) / DAY_MS);
}
