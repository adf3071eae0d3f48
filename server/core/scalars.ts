import { GraphQLError, GraphQLScalarType, type ValueNode } from 'graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { badInput } from './errors.js';

/**
 * The calendar range the API accepts, for dates and date-times alike. PostgreSQL
 * stores far more (4713 BC onwards) but refuses year 0, and no plan, term,
 * deadline or meeting of an agency lies outside these three centuries; a value
 * outside them is a typo or a probe, refused as the scalar is parsed.
 */
export const EARLIEST_DATE = '1900-01-01';
/** The last day the API accepts (see `EARLIEST_DATE`). */
export const LATEST_DATE = '2199-12-31';
/** The first instant the API accepts. */
export const EARLIEST_INSTANT = new Date(`${EARLIEST_DATE}T00:00:00Z`);
/** The last instant the API accepts. */
export const LATEST_INSTANT = new Date(`${LATEST_DATE}T23:59:59.999Z`);

const outOfRange = (shown: string) =>
  new GraphQLError(`${shown} is outside the accepted range ${EARLIEST_DATE} to ${LATEST_DATE}`);

/** `base` with its input (variables and literals) refused outside the accepted range. */
function withinRange<T>(base: GraphQLScalarType, inRange: (value: T) => boolean): GraphQLScalarType {
  const config = base.toConfig();
  const check = (value: T): T => {
    if (!inRange(value)) throw outOfRange(value instanceof Date ? value.toISOString() : String(value));
    return value;
  };
  return new GraphQLScalarType({
    ...config,
    parseValue: (value: unknown) => check(config.parseValue!(value) as T),
    parseLiteral: (ast: ValueNode, variables?: { [key: string]: unknown } | null) =>
      check(config.parseLiteral!(ast, variables) as T),
  });
}

/** How many accepted days `rememberingSerialize` keeps (a century is 36,525). */
const MAX_REMEMBERED_DAYS = 20_000;

/**
 * `serialize` of `base` remembering the strings it has accepted: a page repeats the same few
 * hundred days thousands of times, and checking one (graphql-scalars builds a `Date` and
 * prints it back) costs more than the rest of its field. Bounded: there are 110,000 days in
 * the accepted range, and past `MAX_REMEMBERED_DAYS` new ones are checked every time.
 */
function rememberingSerialize(base: GraphQLScalarType): GraphQLScalarType['serialize'] {
  const accepted = new Set<string>();
  return (value) => {
    if (typeof value === 'string' && accepted.has(value)) return value;
    const serialized = base.serialize(value);
    if (typeof value === 'string' && serialized === value && accepted.size < MAX_REMEMBERED_DAYS)
      accepted.add(value);
    return serialized;
  };
}

/** `YYYY-MM-DD`, a calendar date without time zone (terms, deadlines), from 1900 to 2199. */
export const LocalDate = withinRange<string>(
  new GraphQLScalarType({
    ...LocalDateResolver.toConfig(),
    serialize: rememberingSerialize(LocalDateResolver),
  }),
  (day) => day >= EARLIEST_DATE && day <= LATEST_DATE,
);

/**
 * The API's date-time (`DateTimeISO`, as type-graphql's default for `Date`), from
 * 1900 to 2199; mapped to `Date` in `buildSchema`'s `scalarsMap`.
 */
export const DateTime = withinRange<Date>(
  DateTimeISOResolver,
  (at) => at >= EARLIEST_INSTANT && at <= LATEST_INSTANT,
);

/** Formats a date as `YYYY-MM-DD` in Vietnam (built once: building a formatter costs more than formatting). */
const VIETNAM_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

/** Today's date in Asia/Ho_Chi_Minh as `YYYY-MM-DD` (at `now`, default the present). */
export function todayInVietnam(now = new Date()): string {
  return VIETNAM_DATE.format(now);
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

/** A calendar date (`YYYY-MM-DD`) the Vietnamese administrative way: `30/06/2026`. */
export function vietnameseDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

const DATE_TIME_PARTS = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  weekday: 'long',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * An instant in Vietnam time the administrative way, time first:
 * `08:00, Thứ Hai, 07/12/2026` (as the web client writes it).
 */
export function vietnameseDateTime(at: Date): string {
  const parts = DATE_TIME_PARTS.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = part('weekday');
  return `${part('hour')}:${part('minute')}, ${weekday.charAt(0).toUpperCase()}${weekday.slice(1)}, ${part('day')}/${part('month')}/${part('year')}`;
}
