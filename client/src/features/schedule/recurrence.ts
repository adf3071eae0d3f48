import type { TFunction } from 'i18next';

/** How a new meeting repeats: not at all, weekly on its weekday, monthly on its nth weekday, or monthly on its day. */
export type RepeatChoice = 'NONE' | 'WEEKLY' | 'MONTHLY_WEEKDAY' | 'MONTHLY_DAY';

/** The repeat choices offered for a first date. */
export const REPEAT_CHOICES: RepeatChoice[] = ['NONE', 'WEEKLY', 'MONTHLY_WEEKDAY', 'MONTHLY_DAY'];

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
/** An RFC 5545 weekday. */
export type Weekday = (typeof WEEKDAYS)[number];

/** Where a date falls: its weekday, which of that weekday in the month (1 to 4, or -1 for a fifth = last), its day. */
export function datePlace(date: string): { weekday: Weekday; nth: number; day: number } {
  const day = Number(date.slice(8, 10));
  const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? 'MO';
  const nth = Math.ceil(day / 7);
  return { weekday, nth: nth > 4 ? -1 : nth, day };
}

/** The RRULE (without COUNT/UNTIL) of a choice for a series starting on `date`; null for no repeat. */
export function recurrenceRule(choice: RepeatChoice, date: string): string | null {
  const { weekday, nth, day } = datePlace(date);
  if (choice === 'WEEKLY') return `FREQ=WEEKLY;BYDAY=${weekday}`;
  if (choice === 'MONTHLY_WEEKDAY') return `FREQ=MONTHLY;BYDAY=${nth}${weekday}`;
  if (choice === 'MONTHLY_DAY') return `FREQ=MONTHLY;BYMONTHDAY=${day}`;
  return null;
}

/** The choice and first date a stored RRULE came from, when it is one of the offered shapes. */
export function choiceOfRule(
  rrule: string,
): { choice: RepeatChoice; weekday?: Weekday; nth?: number; day?: number } | null {
  const parts = new Map(rrule.split(';').map((part) => part.split('=') as [string, string]));
  if (parts.has('INTERVAL') && parts.get('INTERVAL') !== '1') return null;
  const byDay = /^(-?\d)?(SU|MO|TU|WE|TH|FR|SA)$/.exec(parts.get('BYDAY') ?? '');
  if (parts.get('FREQ') === 'WEEKLY' && byDay && !byDay[1])
    return { choice: 'WEEKLY', weekday: byDay[2] as Weekday };
  if (parts.get('FREQ') !== 'MONTHLY') return null;
  if (byDay?.[1]) return { choice: 'MONTHLY_WEEKDAY', weekday: byDay[2] as Weekday, nth: Number(byDay[1]) };
  const day = Number(parts.get('BYMONTHDAY'));
  return Number.isInteger(day) && day > 0 ? { choice: 'MONTHLY_DAY', day } : null;
}

/** A repeat in words in the current language, e.g. "thứ Hai đầu tiên hằng tháng". */
export function describeRepeat(
  t: TFunction,
  repeat: { choice: RepeatChoice; weekday?: Weekday; nth?: number; day?: number },
): string {
  const weekday = repeat.weekday ? t(`recurrence.weekday.${repeat.weekday}`) : '';
  if (repeat.choice === 'WEEKLY') return t('recurrence.weekly', { weekday });
  if (repeat.choice === 'MONTHLY_DAY') return t('recurrence.monthlyDay', { day: repeat.day });
  if (repeat.choice === 'MONTHLY_WEEKDAY') {
    const nth = repeat.nth === -1 ? 'last' : String(repeat.nth);
    return t('recurrence.monthlyWeekday', { weekday, ordinal: t(`recurrence.ordinal.${nth as '1'}`) });
  }
  return t('recurrence.none');
}

/** A choice for a series starting on `date`, in words. */
export function describeChoice(t: TFunction, choice: RepeatChoice, date: string): string {
  return describeRepeat(t, { choice, ...datePlace(date) });
}

/** A stored RRULE in words, or null when it is not one of the offered shapes. */
export function describeRule(t: TFunction, rrule: string): string | null {
  const repeat = choiceOfRule(rrule);
  return repeat ? describeRepeat(t, repeat) : null;
}
