import { raw, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { escapeLike, foldForSearch } from '../../core/text.js';
import { AREA_SUBTREE_SQL } from '../areas/area.repository.js';
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
    where[
      raw(
        (alias: string) => `${alias}.area_id in (${AREA_SUBTREE_SQL})`,
        [filter.areaId],
      ) as unknown as string
    ] = [];
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
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `with recursive up as (
       select parent_id as id, 1 as depth from organization where id = ?
       union all
       select o.parent_id, up.depth + 1 from organization o join up on o.id = up.id where up.depth < 64
     ) select id from up where id is not null order by depth`,
    [id],
  );
  return rows.map((r) => r.id);
}

/** Locks organizations `ids` (FOR UPDATE) so concurrent reorganisations serialize. */
export async function lockOrganizations(em: EntityManager, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await em
    .getConnection()
    .execute('select id from organization where id in (?) order by id for update', [ids]);
}
