/** A Vietnam wall-clock date (`YYYY-MM-DD`) and time (`HH:mm`) as a UTC instant (ISO 8601). */
export const vietnamInstant = (date: string, time: string): string =>
  new Date(`${date}T${time}:00+07:00`).toISOString();
