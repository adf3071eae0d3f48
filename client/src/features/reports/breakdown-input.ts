import type { IndicatorValuesInput } from '../../gql/graphql';

/**
 * The roll-up the dashboard's breakdown shows: one indicator for one year, by
 * child area of `areaId`. The export asks for the same input, so the file holds
 * the table on screen.
 */
export const breakdownInput = (areaId: string, indicator: string, year: string): IndicatorValuesInput => ({
  areaId,
  indicatorCodes: [indicator],
  periodType: 'YEAR',
  from: year,
  to: year,
  groupBy: 'CHILD_AREA',
});
