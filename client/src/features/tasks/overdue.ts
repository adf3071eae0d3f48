const DAY_MS = 86_400_000;

/** Whole days from `dueOn` to `today` (both `YYYY-MM-DD`); 0 or less when not past. */
export function daysOverdue(dueOn: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueOn}T00:00:00Z`)) / DAY_MS);
}
