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
