import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { ancestorIds } from '../../core/db/tree.js';
import { escapeLike, foldForSearch } from '../../core/text.js';
import { inAreaSubtree } from '../areas/area.repository.js';
import { Organization, type OrganizationKind, type OrganizationStatus } from './organization.entity.js';

/** Filter for the organization directory, all in SQL (trigram-indexed search). */
export function organizationWhere(filter: {
  search?: string | null;
  kinds?: OrganizationKind[] | null;
  areaId?: string | null;
  includeDescendantAreas?: boolean | null;
  status?: OrganizationStatus[] | null;
}): FilterQuery<Organization> {
  const where: Record<string, unknown> = {};
  const search = filter.search ? foldForSearch(filter.search) : '';
  if (search) where.searchKey = { $like: `%${escapeLike(search)}%` };
  if (filter.kinds?.length) where.kind = { $in: filter.kinds };
  if (filter.status?.length) where.status = { $in: filter.status };
  if (filter.areaId && filter.includeDescendantAreas) {
    where[inAreaSubtree('area_id', filter.areaId) as unknown as string] = [];
  } else if (filter.areaId) {
    where.area = filter.areaId;
  }
  return where as FilterQuery<Organization>;
}

/** The search key of an organization: its name and short name, folded. */
export function organizationSearchKey(name: string, shortName: string | null): string {
  return foldForSearch(shortName ? `${name} ${shortName}` : name);
}

/** IDs of the organizations above `id` in its chain of command, nearest first. */
export async function organizationAncestorIds(em: EntityManager, id: string): Promise<string[]> {
  return (await ancestorIds(em, 'organization', [id])).get(id) ?? [];
}
