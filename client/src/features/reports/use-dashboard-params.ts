import { useSearchParams } from 'react-router';
import { recentPeriodKeys } from './report-labels';

/** The indicator the charts show unless the viewer chooses another. */
export const DEFAULT_INDICATOR = 'MODELS_REGISTERED';

/**
 * What the indicators dashboard shows, kept in the URL so a drill-down survives a reload and the
 * browser's Back goes back up: the area (`area`, default the organization's), the year (`year`,
 * default the last ended one) and the charted indicator (`indicator`).
 */
export function useDashboardParams() {
  const [params, setParams] = useSearchParams();
  const years = recentPeriodKeys('YEAR');
  const year = params.get('year') ?? years[1] ?? years[0]!;
  const set = (name: string, value: string | null) =>
    setParams((before) => {
      const next = new URLSearchParams(before);
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    });
  return {
    areaId: params.get('area'),
    year,
    years,
    indicator: params.get('indicator') ?? DEFAULT_INDICATOR,
    setArea: (id: string | null) => set('area', id),
    setYear: (value: string) => set('year', value),
    setIndicator: (code: string) => set('indicator', code),
  };
}
