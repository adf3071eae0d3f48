import { RRuleTemporal } from 'rrule-temporal';

/** The time zone meetings are scheduled in and shown in. */
export const MEETING_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** A zoned date-time, as rrule-temporal returns it (from the Temporal polyfill it bundles). */
export type ZonedDateTime = ReturnType<RRuleTemporal['all']>[number];
type Instant = ReturnType<ZonedDateTime['toInstant']>;

// rrule-temporal bundles a Temporal polyfill without exporting it. Its classes are taken once from
// a parsed rule's start, so times are zoned by the same implementation the rules use, whatever the
// process time zone, and without a second polyfill.
const anchor = new RRuleTemporal({
  rruleString: 'DTSTART;TZID=UTC:20000101T000000\nRRULE:FREQ=DAILY;COUNT=1',
}).options().dtstart;
const InstantClass = anchor.toInstant().constructor as unknown as {
  fromEpochMilliseconds(ms: number): Instant;
};
const ZonedClass = anchor.constructor as unknown as { from(text: string): ZonedDateTime };

/** `date` in `timeZone` (default Asia/Ho_Chi_Minh). */
export function zoned(date: Date, timeZone = MEETING_TIME_ZONE): ZonedDateTime {
  return InstantClass.fromEpochMilliseconds(date.getTime()).toZonedDateTimeISO(timeZone);
}

/** The instant of a zoned date-time. */
export const toDate = (value: ZonedDateTime): Date => new Date(value.epochMilliseconds);

/** ISO 8601 with the zone's offset, to the second: `2026-01-05T08:00:00+07:00`. */
export function localIso(date: Date, timeZone = MEETING_TIME_ZONE): string {
  return zoned(date, timeZone).toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

const two = (n: number) => String(n).padStart(2, '0');

/** iCalendar local form `YYYYMMDDTHHMMSS` of `date` in `timeZone`. */
export function icsLocal(date: Date, timeZone = MEETING_TIME_ZONE): string {
  const z = zoned(date, timeZone);
  return `${String(z.year).padStart(4, '0')}${two(z.month)}${two(z.day)}T${two(z.hour)}${two(z.minute)}${two(z.second)}`;
}

/** iCalendar UTC form `YYYYMMDDTHHMMSSZ`. */
export function icsUtc(date: Date): string {
  return `${date.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}

/** The last instant (…T23:59:59) of local day `day` (`YYYY-MM-DD`) in `timeZone`. */
export function endOfLocalDay(day: string, timeZone = MEETING_TIME_ZONE): Date {
  return toDate(ZonedClass.from(`${day}T23:59:59[${timeZone}]`));
}

/**
 * `date` moved by the wall-clock difference between `from` and `to` in
 * `timeZone` (days and time of day), so a series keeps its local time
 * across offset changes.
 */
export function shiftByWallClock(date: Date, from: Date, to: Date, timeZone = MEETING_TIME_ZONE): Date {
  const difference = zoned(from, timeZone).until(zoned(to, timeZone), { largestUnit: 'days' });
  return toDate(zoned(date, timeZone).add(difference));
}
