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

/** Formats an instant in Vietnam time for `language`, e.g. `07/12/2026, 08:00`. */
export function formatDateTime(
  iso: string,
  language: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'short', timeStyle: 'short' },
): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const locale = language === 'en' ? 'en-GB' : 'vi-VN';
  return new Intl.DateTimeFormat(locale, { timeZone: APP_TIME_ZONE, ...options }).format(instant);
}

/** `formatDateTime` bound to the current interface language. */
export function useFormatDateTime(): (iso: string, options?: Intl.DateTimeFormatOptions) => string {
  const { i18n } = useTranslation();
  return (iso, options) => formatDateTime(iso, i18n.language, options);
}

/** Today's date in Vietnam (`YYYY-MM-DD`), shifted by `days`. */
export function localDateInVietnam(days = 0, now = new Date()): string {
  const shifted = new Date(now.getTime() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: APP_TIME_ZONE }).format(shifted);
}
