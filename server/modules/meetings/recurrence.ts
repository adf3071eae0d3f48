import { RRuleTemporal } from 'rrule-temporal';
import { badInput } from '../../core/errors.js';
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
    untilAt = parseUntil(untilPart, timeZone);
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
 * rule is invalid, yields nothing, yields more than `MAX_OCCURRENCES`, or
 * does not yield its own start first (RFC 5545 clients disagree on such rules).
 */
export function expandRecurrence(recurrence: Recurrence): Date[] {
  let rule: RRuleTemporal;
  try {
    rule = new RRuleTemporal({
      rruleString: `DTSTART;TZID=${recurrence.timeZone}:${icsLocal(recurrence.startsAt, recurrence.timeZone)}\nRRULE:${rruleValue(recurrence)}`,
      strict: true,
    });
  } catch (error) {
    throw badInput(FIELD, `invalid recurrence rule: ${(error as Error).message}`);
  }
  const starts = rule.all((_, i) => i <= MAX_OCCURRENCES).map(toDate);
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
