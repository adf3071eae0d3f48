import type { SituationCategory, SituationSeverity, SituationStatus } from '../../gql/graphql';

export const SITUATION_STATUSES: SituationStatus[] = ['EMERGING', 'HANDLING', 'STABILIZED', 'RESOLVED'];
/** Least to most serious. */
export const SITUATION_SEVERITIES: SituationSeverity[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
export const SITUATION_CATEGORIES: SituationCategory[] = [
  'SECURITY_ORDER',
  'LAND_CLEARANCE',
  'DISASTER',
  'EPIDEMIC',
  'RELIGION',
  'ETHNIC_AFFAIRS',
  'MASS_COMPLAINTS',
  'OTHER',
];
/** The statuses a situation may move to from each (the API's order; STABILIZED may flare up again). */
export const NEXT_STATUSES: Record<SituationStatus, SituationStatus[]> = {
  EMERGING: ['HANDLING'],
  HANDLING: ['STABILIZED'],
  STABILIZED: ['RESOLVED', 'HANDLING'],
  RESOLVED: [],
};
export const SEVERITY_COLORS: Record<SituationSeverity, string> = {
  LOW: 'gray',
  MEDIUM: 'yellow',
  HIGH: 'orange',
  CRITICAL: 'red',
};
