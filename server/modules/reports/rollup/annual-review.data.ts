import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrganizationKind } from '../../organizations/organization.entity.js';

/** The organization an annual review is written for, with its place and the body above it. */
export interface ReviewOrganization {
  id: string;
  name: string;
  kind: OrganizationKind;
  areaId: string;
  parentName: string | null;
  /** The province (or the area itself above it) for the date line. */
  place: string;
}

/** The organization, its parent's name and its province's name in one statement; null when missing. */
export async function readReviewOrganization(
  em: EntityManager,
  id: string,
): Promise<ReviewOrganization | null> {
  const [row] = await em.execute<
    {
      id: string;
      name: string;
      kind: OrganizationKind;
      area_id: string;
      parent_name: string | null;
      place: string;
    }[]
  >(
    `with recursive up(id, parent_id, level, name, depth) as (
       select a.id, a.parent_id, a.level, a.name, 0 from administrative_area a
        where a.id = (select area_id from organization where id = ?::uuid)
       union all
       select a.id, a.parent_id, a.level, a.name, up.depth + 1 from administrative_area a join up on a.id = up.parent_id)
     select o.id, o.name, o.kind, o.area_id, p.name as parent_name,
            coalesce((select name from up where level = 'PROVINCE' limit 1),
                     (select name from up order by depth limit 1)) as place
       from organization o left join organization p on p.id = o.parent_id where o.id = ?::uuid`,
    [id, id],
  );
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    areaId: row.area_id,
    parentName: row.parent_name,
    place: row.place.replace(/^(Tỉnh|Thành phố)\s+/u, ''),
  };
}
