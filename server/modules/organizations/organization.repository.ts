import type { EntityManager } from '@mikro-orm/postgresql';
import type { ViewerAccess } from '../../core/access.js';
import { ancestorIds } from '../../core/db/tree.js';
import { type ListQuery, PARENT, type SortKey } from '../../core/read/keyset.js';
import { Conditions } from '../../core/read/conditions.js';
import { foldForSearch } from '../../core/text.js';
import { inAreaSubtree } from '../areas/area.repository.js';
import { type OrganizationKind, OrganizationStatus } from './organization.entity.js';
import { organizationPolicy } from './organization.policy.js';

/** The directory is by name; the id makes the order total. */
const BY_NAME: SortKey[] = [
  { expr: 'o.name', dir: 'asc', kind: 'text' },
  { expr: 'o.id', dir: 'asc', kind: 'uuid' },
];

/** The filter of the organization directory in SQL (alias `o`; trigram-indexed search). */
export function organizationConditions(filter: {
  search?: string | null;
  kinds?: OrganizationKind[] | null;
  areaId?: string | null;
  includeDescendantAreas?: boolean | null;
  status?: OrganizationStatus[] | null;
}): Conditions {
  return new Conditions()
    .search('o.search_key', filter.search)
    .oneOf('o.kind', filter.kinds)
    .oneOf('o.status', filter.status)
    .given(filter.includeDescendantAreas ? inAreaSubtree('o.area_id') : 'o.area_id = ?', filter.areaId);
}

/**
 * The `organizations` directory (alias `o`), by name: the policy's read rule
 * (every signed-in user reads the directory) and the filter, in SQL.
 */
export function organizationListQuery(
  access: ViewerAccess,
  filter: Parameters<typeof organizationConditions>[0],
): ListQuery {
  const { where, params } = organizationConditions(filter).fragment(organizationPolicy.where(access, 'o'));
  return { select: 'o.*', from: 'organization o', parent: null, where, params, keys: BY_NAME };
}

/** The organizations directly below each organization (`PARENT`), by name. */
export const ORGANIZATION_CHILDREN: ListQuery = {
  select: 'o.*',
  from: 'organization o',
  parent: `o.parent_id = ${PARENT}`,
  where: [],
  params: [],
  keys: BY_NAME,
};

/** The partners of each organization (`PARENT`): active organizations of the same area but itself, by name. */
export const ORGANIZATION_PARTNERS: ListQuery = {
  ...ORGANIZATION_CHILDREN,
  parent: `o.area_id = (select po.area_id from organization po where po.id = ${PARENT}) and o.id <> ${PARENT}`,
  where: [`o.status = '${OrganizationStatus.ACTIVE}'`],
};

/** The search key of an organization: its name and short name, folded. */
export function organizationSearchKey(name: string, shortName: string | null): string {
  return foldForSearch(shortName ? `${name} ${shortName}` : name);
}

/** IDs of the organizations above `id` in its chain of command, nearest first. */
export async function organizationAncestorIds(em: EntityManager, id: string): Promise<string[]> {
  return (await ancestorIds(em, 'organization', [id])).get(id) ?? [];
}
