import type { EntityManager } from '@mikro-orm/postgresql';
import { ancestorIds } from '../../core/db/tree.js';
import type { ListQuery } from '../../core/read/keyset.js';
import { searchCondition, searchRank } from '../../core/search.js';
import { foldForSearch } from '../../core/text.js';
import { AREA_SUBTREE_SQL } from '../areas/area.repository.js';
import type { OrganizationKind, OrganizationStatus } from './organization.entity.js';

/** Filter of the organization directory, with database ids. */
export interface OrganizationListFilter {
  search?: string | null;
  kinds?: OrganizationKind[] | null;
  areaId?: string | null;
  includeDescendantAreas?: boolean | null;
  status?: OrganizationStatus[] | null;
}

/**
 * The organization directory in SQL (alias `g`): every word of `search` found
 * in any order, without diacritics, abbreviations standing for their long
 * forms (`core/search`); ranked exact and prefix matches first, then by name.
 */
export function organizationListQuery(filter: OrganizationListFilter): ListQuery {
  const search = filter.search ?? '';
  const rank = searchRank('s.search_key', search);
  const matches = searchCondition('g.search_key', search);
  const where: string[] = matches ? [matches.sql] : [];
  const params: unknown[] = [...rank.params, ...(matches?.params ?? [])];
  if (filter.kinds?.length) {
    where.push('g.kind = any(?::text[])');
    params.push(`{${filter.kinds.join(',')}}`);
  }
  if (filter.status?.length) {
    where.push('g.status = any(?::text[])');
    params.push(`{${filter.status.join(',')}}`);
  }
  if (filter.areaId) {
    where.push(filter.includeDescendantAreas ? `g.area_id in (${AREA_SUBTREE_SQL})` : 'g.area_id = ?');
    params.push(filter.areaId);
  }
  return {
    select: 'g.*',
    from: `(select s.*, ${rank.sql} as search_rank from "organization" s) g`,
    parent: null,
    where,
    params,
    keys: [
      { expr: 'g.search_rank', dir: 'asc', kind: 'int' },
      { expr: 'g.name', dir: 'asc', kind: 'text' },
      { expr: 'g.id', dir: 'asc', kind: 'uuid' },
    ],
  };
}

/** The search key of an organization: its name and short name, folded. */
export function organizationSearchKey(name: string, shortName: string | null): string {
  return foldForSearch(shortName ? `${name} ${shortName}` : name);
}

/** IDs of the organizations above `id` in its chain of command, nearest first. */
export async function organizationAncestorIds(em: EntityManager, id: string): Promise<string[]> {
  return (await ancestorIds(em, 'organization', [id])).get(id) ?? [];
}
