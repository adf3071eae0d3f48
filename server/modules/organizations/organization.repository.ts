import type { EntityManager } from '@mikro-orm/postgresql';
import type { ViewerAccess } from '../../core/access.js';
import { ancestorIds } from '../../core/db/tree.js';
import { type ListQuery, PARENT, rootListQuery, type SortKey } from '../../core/read/keyset.js';
import { searchCondition, searchRank } from '../../core/search.js';
import { foldForSearch } from '../../core/text.js';
import { inAreaSubtree } from '../areas/area.repository.js';
import { type OrganizationKind, OrganizationStatus } from './organization.entity.js';
import { organizationPolicy } from './organization.policy.js';

/** The directory is by name; the id makes the order total. */
const BY_NAME: SortKey[] = [
  { expr: 'o.name', dir: 'asc', kind: 'text' },
  { expr: 'o.id', dir: 'asc', kind: 'uuid' },
];

/** Filter of the organization directory, with database ids. */
export interface OrganizationListFilter {
  search?: string | null;
  kinds?: OrganizationKind[] | null;
  areaId?: string | null;
  includeDescendantAreas?: boolean | null;
  status?: OrganizationStatus[] | null;
}

/**
 * The `organizations` directory in SQL (alias `g`): the policy's read rule
 * (every signed-in user reads the directory) and the filter; with a search,
 * every word of it found in any order, without diacritics, abbreviations
 * standing for their long forms (`core/search`); ranked exact and prefix
 * matches first, then by name.
 */
export function organizationListQuery(access: ViewerAccess, filter: OrganizationListFilter): ListQuery {
  const search = filter.search ?? '';
  const rank = searchRank('s.search_key', search);
  const matches = searchCondition('g.search_key', search);
  const visible = organizationPolicy.where(access, 'g');
  const where: string[] = [...(visible ? [visible.sql] : []), ...(matches ? [matches.sql] : [])];
  const params: unknown[] = [...rank.params, ...(visible?.params ?? []), ...(matches?.params ?? [])];
  if (filter.kinds?.length) {
    where.push('g.kind = any(?::text[])');
    params.push(`{${filter.kinds.join(',')}}`);
  }
  if (filter.status?.length) {
    where.push('g.status = any(?::text[])');
    params.push(`{${filter.status.join(',')}}`);
  }
  if (filter.areaId) {
    where.push(filter.includeDescendantAreas ? inAreaSubtree('g.area_id') : 'g.area_id = ?');
    params.push(filter.areaId);
  }
  const ranked = `(select s.*, ${rank.sql} as search_rank from "organization" s)`;
  return rootListQuery(ranked, 'g', { where, params }, [
    { expr: 'g.search_rank', dir: 'asc', kind: 'int' },
    { expr: 'g.name', dir: 'asc', kind: 'text' },
    { expr: 'g.id', dir: 'asc', kind: 'uuid' },
  ]);
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
