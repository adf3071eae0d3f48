import type { TFunction } from 'i18next';
import type { IndicatorUnit } from '../../gql/graphql';

const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * A period key the administrative way: "2026" → "Năm 2026", "2026-Q4" → "Quý IV/2026",
 * "2026-H1" → "6 tháng đầu năm 2026", "2026-12" → "Tháng 12/2026".
 */
export function formatPeriod(key: string, t: TFunction): string {
  const [year = key, part] = key.split('-');
  if (!part) return t('reports.period.year', { year });
  if (part.startsWith('Q'))
    return t('reports.period.quarter', { year, quarter: ROMAN[Number(part.slice(1)) - 1] });
  if (part === 'H1') return t('reports.period.firstHalf', { year });
  if (part === 'H2') return t('reports.period.secondHalf', { year });
  return t('reports.period.month', { year, month: part });
}

/** A value in the interface language: "1.635", "83 %" (Vietnamese digit grouping). */
export function formatValue(value: number | null | undefined, unit: IndicatorUnit, language: string): string {
  if (value === null || value === undefined) return '—';
  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
    maximumFractionDigits: unit === 'PERCENT' || unit === 'RATIO' ? 1 : 0,
  }).format(value);
  return unit === 'PERCENT' ? `${number}%` : number;
}

/** A rate in percent, or a dash when nothing was expected. */
export const formatRate = (rate: number | null | undefined, language: string): string =>
  formatValue(rate, 'PERCENT', language);

/** The colour of a reporting rate: green from 90 %, yellow from 70 %, red below. */
export function rateColor(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return 'gray';
  if (rate >= 90) return 'green';
  if (rate >= 70) return 'yellow';
  return 'red';
}

/**
 * Where a COUNTED indicator's value comes from, by its code's family (the locale key under
 * `reports.countedFrom`).
 */
export function countedFrom(
  code: string,
): 'dialogues' | 'receptions' | 'petitions' | 'models' | 'oversight' | 'tasks' | 'programs' | 'records' {
  if (code.startsWith('DIALOGUES')) return 'dialogues';
  if (code.startsWith('CITIZEN_RECEPTIONS')) return 'receptions';
  if (code.startsWith('PETITIONS')) return 'petitions';
  if (code.startsWith('MODELS') || code.startsWith('COMMUNES')) return 'models';
  if (code.startsWith('CRITIQUE') || code.startsWith('SUPERVISION')) return 'oversight';
  if (code.startsWith('TASKS')) return 'tasks';
  if (code.startsWith('PROGRAMS')) return 'programs';
  return 'records';
}

/** Recent period keys of a period type, latest first (those that may be reported on). */
export function recentPeriodKeys(periodType: string, today = new Date()): string[] {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth() + 1;
  const keys: string[] = [];
  if (periodType === 'YEAR') for (let y = year; y > year - 4; y--) keys.push(String(y));
  if (periodType === 'HALF_YEAR') for (let y = year; y > year - 3; y--) keys.push(`${y}-H2`, `${y}-H1`);
  if (periodType === 'QUARTER')
    for (let y = year; y > year - 3; y--) for (let q = 4; q >= 1; q--) keys.push(`${y}-Q${q}`);
  if (periodType === 'MONTH')
    for (let i = 0; i < 24; i++) {
      const m = ((((month - 1 - i) % 12) + 12) % 12) + 1;
      const y = year + Math.floor((month - 1 - i) / 12);
      keys.push(`${y}-${String(m).padStart(2, '0')}`);
    }
  return keys;
}
