import { useUrlParams } from '../../app/use-url-params';
import { localDateInVietnam } from '../../i18n/format-date';
import type { ModelField, ModelFilter, ModelStatus } from '../../gql/graphql';

export const MODEL_FIELDS: ModelField[] = [
  'ECONOMY',
  'CULTURE_SOCIETY',
  'DEFENCE_SECURITY',
  'PARTY_BUILDING',
  'OTHER',
];
export const MODEL_STATUSES: ModelStatus[] = ['NEW', 'MAINTAINED', 'COMMENDED', 'REPLICATED', 'DISCONTINUED'];
/** The viewer's organization (and those below it), or every model the viewer may read. */
export const SCOPES = ['mine', 'all'] as const;

/** This year in Vietnam. */
export const currentYear = (): number => Number(localDateInVietnam().slice(0, 4));

/** The years offered by the year filters and forms: this year back to 2015. */
export function recentYears(): number[] {
  const current = currentYear();
  return Array.from({ length: current - 2014 }, (_, i) => current - i);
}

type Key = 'q' | 'status' | 'field' | 'year' | 'registered' | 'scope' | 'area';

/**
 * The model list's filters, kept in the URL (`?q=…&status=…&field=…&year=2024&registered=2025&scope=all&area=…`),
 * and the API's `ModelFilter` they make for the organization `organizationId`.
 */
export function useModelFilters(organizationId: string) {
  const { get, pick, set } = useUrlParams<Key>();
  const search = get('q') ?? '';
  const status = pick('status', MODEL_STATUSES);
  const field = pick('field', MODEL_FIELDS);
  const year = pick('year', recentYears().map(String));
  const registered = pick('registered', recentYears().map(String));
  const scope = pick('scope', SCOPES) ?? 'mine';
  const areaId = get('area');
  const filter: ModelFilter = {
    ...(scope === 'mine' ? { ownerOrganizationId: organizationId } : {}),
    ...(search ? { search } : {}),
    ...(status ? { status: [status] } : {}),
    ...(field ? { fields: [field] } : {}),
    ...(year ? { year: Number(year) } : {}),
    ...(registered ? { registeredFrom: Number(registered), registeredTo: Number(registered) } : {}),
    ...(areaId ? { areaId } : {}),
  };
  return { search, year, scope, areaId, filter, set };
}
