/** A Vietnam wall-clock date (`YYYY-MM-DD`) and time (`HH:mm`) as a UTC instant (ISO 8601). */
export const vietnamInstant = (date: string, time: string): string =>
  new Date(`${date}T${time}:00+07:00`).toISOString();

/** Start and end of a date and two wall-clock times, or null while one is missing or the end is not after the start. */
export function timesOf(date: string, start: string, end: string) {
  if (!date || !start || !end || end <= start) return null;
  return { startsAt: vietnamInstant(date, start), endsAt: vietnamInstant(date, end) };
}
