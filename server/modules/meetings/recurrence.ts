import { RRuleTemporal } from 'rrule-temporal';
import { badInput } from '../../core/errors.js';
import { LATEST_DATE, LATEST_INSTANT } from '../../core/scalars.js';
import { endOfLocalDay, icsLocal, icsUtc, MEETING_TIME_ZONE, toDate } from './zoned.js';

/** Most occurrences a series may have: all are materialized as rows. */
export const MAX_OCCURRENCES = 400;

/** A series' recurrence as stored: the rule without COUNT/UNTIL, its start, and its end. */
export interface Recurrence {
  rule: string;
  startsAt: Date;
  timeZone: string;
  count: number | null;
  untilAt: Date | null;
}

const FIELD = 'recurrence.rrule';
const FREQUENCIES = new Set(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);
/** Numeric parts and their allowed absolute range (negative values count from the end). */
const RANGES: Record<string, [number, number, boolean]> = {
  INTERVAL: [1, 1000, false],
  BYMONTH: [1, 12, false],
  BYMONTHDAY: [1, 31, true],
  BYYEARDAY: [1, 366, true],
  BYWEEKNO: [1, 53, true],
  BYSETPOS: [1, 366, true],
};
const OTHER_PARTS = new Set(['FREQ', 'BYDAY', 'WKST', 'COUNT', 'UNTIL']);
const ORDER = [
  'FREQ',
  'INTERVAL',
  'BYMONTH',
  'BYWEEKNO',
  'BYYEARDAY',
  'BYMONTHDAY',
  'BYDAY',
  'BYSETPOS',
  'WKST',
];

function checkNumbers(name: string, value: string): void {
  const [min, max, signed] = RANGES[name];
  for (const item of value.split(',')) {
    const n = Number(item);
    const size = Math.abs(n);
    if (!/^[+-]?\d+$/.test(item) || size < min || size > max || (!signed && n < 0)) {
      throw badInput(FIELD, `${name}=${value} is not valid`);
    }
  }
}

/** COUNT or UNTIL given in the rule itself. */
function parseUntil(value: string, timeZone: string): Date {
  const day = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (day) return endOfLocalDay(`${day[1]}-${day[2]}-${day[3]}`, timeZone);
  const utc = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!utc) throw badInput(FIELD, `UNTIL=${value} is not a date or a UTC date-time`);
  return new Date(`${utc[1]}-${utc[2]}-${utc[3]}T${utc[4]}:${utc[5]}:${utc[6]}Z`);
}

/** `until` when it is a real instant within the accepted range; BAD_USER_INPUT otherwise. */
function withinRange(until: Date): Date {
  if (Number.isNaN(until.getTime()) || until > LATEST_INSTANT) {
    throw badInput(FIELD, `UNTIL must be a valid date no later than ${LATEST_DATE}`);
  }
  return until;
}

/**
 * Validates a client's recurrence (an RFC 5545 RRULE value, with COUNT or
 * UNTIL there or in `count` / `until`, exactly one) starting at `startsAt`.
 * Daily to yearly rules only, no BYHOUR/BYMINUTE/BYSECOND. Throws
 * BAD_USER_INPUT on anything else; `expandRecurrence` checks the rest.
 */
export function parseRecurrence(
  input: { rrule: string; count?: number | null; until?: string | null },
  startsAt: Date,
  timeZone = MEETING_TIME_ZONE,
): Recurrence {
  const text = input.rrule.trim().replace(/^RRULE:/i, '');
  if (!text || /[\s:]/.test(text))
    throw badInput(FIELD, 'rrule must be one RRULE value, e.g. FREQ=MONTHLY;BYDAY=1MO');
  const parts = new Map<string, string>();
  for (const part of text.toUpperCase().split(';')) {
    const [name, value, extra] = part.split('=');
    if (!name || !value || extra !== undefined) throw badInput(FIELD, `"${part}" is not a rule part`);
    if (!(name in RANGES) && !OTHER_PARTS.has(name)) throw badInput(FIELD, `${name} is not supported`);
    if (parts.has(name)) throw badInput(FIELD, `${name} is given twice`);
    if (name in RANGES) checkNumbers(name, value);
    parts.set(name, value);
  }
  if (!FREQUENCIES.has(parts.get('FREQ') ?? ''))
    throw badInput(FIELD, 'FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY');
  let count = input.count ?? null;
  let untilAt = input.until ? endOfLocalDay(input.until, timeZone) : null;
  const countPart = parts.get('COUNT');
  if (countPart !== undefined) {
    if (!/^\d+$/.test(countPart) || count !== null)
      throw badInput(FIELD, 'COUNT is not valid or given twice');
    count = Number(countPart);
  }
  const untilPart = parts.get('UNTIL');
  if (untilPart !== undefined) {
    if (untilAt) throw badInput(FIELD, 'UNTIL is given twice');
    untilAt = withinRange(parseUntil(untilPart, timeZone));
  }
  if ((count === null) === (untilAt === null)) {
    throw badInput('recurrence', 'give exactly one of count and until: a series must end');
  }
  if (count !== null && (!Number.isInteger(count) || count < 1 || count > MAX_OCCURRENCES)) {
    throw badInput('recurrence.count', `count must be between 1 and ${MAX_OCCURRENCES}`);
  }
  const rule = ORDER.filter((name) => parts.has(name))
    .map((name) => `${name}=${parts.get(name)}`)
    .join(';');
  return { rule, startsAt, timeZone, count, untilAt };
}

/** The RRULE value of a recurrence, with its COUNT or UNTIL (UTC). */
export function rruleValue(recurrence: Recurrence): string {
  return recurrence.count !== null
    ? `${recurrence.rule};COUNT=${recurrence.count}`
    : `${recurrence.rule};UNTIL=${icsUtc(recurrence.untilAt as Date)}`;
}

/**
 * Every occurrence start of `recurrence`, in order. BAD_USER_INPUT when the
 * rule is invalid, yields nothing, yields more than `MAX_OCCURRENCES`, does
 * not yield its own start first (RFC 5545 clients disagree on such rules), or
 * — with a count — does not yield that many occurrences by `LATEST_DATE`.
 *
 * The rule is always expanded up to an UNTIL (its own, or `LATEST_DATE` for a
 * counted series, whose first `count` occurrences are then kept), so a rule that
 * never matches (`FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30`) stops at a bounded date
 * instead of scanning until rrule-temporal's iteration cap; a rule that hits the
 * cap anyway (a daily rule over centuries) is refused as bad input.
 */
export function expandRecurrence(recurrence: Recurrence): Date[] {
  const until = recurrence.untilAt ?? LATEST_INSTANT;
  let found: Date[];
  try {
    const rule = new RRuleTemporal({
      rruleString: `DTSTART;TZID=${recurrence.timeZone}:${icsLocal(recurrence.startsAt, recurrence.timeZone)}\nRRULE:${recurrence.rule};UNTIL=${icsUtc(until)}`,
      strict: true,
    });
    found = rule.all((_, i) => i <= MAX_OCCURRENCES).map(toDate);
  } catch (error) {
    const message = (error as Error).message;
    if (/maximum iterations/i.test(message)) {
      throw badInput('recurrence', 'the rule yields too few occurrences: it never or too rarely matches');
    }
    throw badInput(FIELD, `invalid recurrence rule: ${message}`);
  }
  const count = recurrence.count;
  if (count !== null && found.length < count && found.length <= MAX_OCCURRENCES) {
    throw badInput(
      'recurrence',
      `the rule yields ${found.length} occurrence(s) up to ${LATEST_DATE}, not the ${count} asked for`,
    );
  }
  const starts = count === null ? found : found.slice(0, count);
  if (starts.length > MAX_OCCURRENCES) {
    throw badInput('recurrence', `a series may have at most ${MAX_OCCURRENCES} occurrences`);
  }
  if (starts.length === 0) throw badInput('recurrence', 'the rule yields no occurrence');
  if (starts[0].getTime() !== recurrence.startsAt.getTime()) {
    throw badInput(
      'startsAt',
      'the start is not an occurrence of the rule (e.g. BYDAY=1MO needs a first Monday)',
    );
  }
  return starts;
}
