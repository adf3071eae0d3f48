import { useTranslation } from 'react-i18next';

/** Formats a `LocalDate` (`YYYY-MM-DD`) for `language`, e.g. `01/07/2025` in Vietnamese. */
export function formatLocalDate(date: string, language: string): string {
  const instant = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(instant.getTime())) return date;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone: 'UTC',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(instant);
}

/** `formatLocalDate` bound to the current interface language. */
export function useFormatLocalDate(): (date: string) => string {
  const { i18n } = useTranslation();
  return (date) => formatLocalDate(date, i18n.language);
}

/** The time zone every meeting and date-time is shown in. */
export const APP_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** How much of an instant to show: `full` "08:00, Thứ Hai, 07/12/2026", `short` "08:00, 07/12/2026", `time` "08:00". */
export type DateTimeStyle = 'full' | 'short' | 'time';

/**
 * Formats an instant in Vietnam time the administrative way, time first:
 * "08:00, Thứ Hai, 07/12/2026" (`full`), "08:00, 07/12/2026" (`short`),
 * "08:00" (`time`); in English the same order with English weekdays.
 */
export function formatDateTime(iso: string, language: string, style: DateTimeStyle = 'short'): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const locale = language === 'en' ? 'en-GB' : 'vi-VN';
  const parts = new Intl.DateTimeFormat(locale, {
    timeZone: APP_TIME_ZONE,
    weekday: 'long',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const time = `${part('hour')}:${part('minute')}`;
  const date = `${part('day')}/${part('month')}/${part('year')}`;
  const weekday = part('weekday');
  if (style === 'time') return time;
  if (style === 'short') return `${time}, ${date}`;
  return `${time}, ${weekday.charAt(0).toUpperCase()}${weekday.slice(1)}, ${date}`;
}

/** A month the administrative way: "Tháng 12/2026" (English "12/2026"). `date` is `YYYY-MM-DD`. */
export function formatMonth(date: string, language: string): string {
  const [year, month] = date.split('-');
  return language === 'en' ? `${month}/${year}` : `Tháng ${month}/${year}`;
}

/** `formatDateTime` bound to the current interface language. */
export function useFormatDateTime(): (iso: string, style?: DateTimeStyle) => string {
  const { i18n } = useTranslation();
  return (iso, style) => formatDateTime(iso, i18n.language, style);
}

/** Today's date in Vietnam (`YYYY-MM-DD`), shifted by `days`. */
export function localDateInVietnam(days = 0, now = new Date()): string {
  const shifted = new Date(now.getTime() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: APP_TIME_ZONE }).format(shifted);
}
