import type { EntityManager } from '@mikro-orm/postgresql';
import { AREA_SUBTREE_SQL } from '../../areas/area.repository.js';
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

/** A coordination program of the year with its objectives' latest values. */
export interface ReviewProgram {
  id: string;
  code: string;
  title: string;
  status: string;
  objectives: { title: string; unit: string; target: number; value: number | null }[];
}

/** A model commended in the year. */
export interface ReviewModel {
  name: string;
  area: string;
  commendedBy: string;
  commendedOn: string;
  decisionNumber: string;
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

/**
 * The coordination programs the organization owns or takes part in that ran
 * in the days `[start, end]`, with each objective's last value recorded by
 * `end`, in one statement.
 */
export async function readReviewPrograms(
  em: EntityManager,
  organizationId: string,
  start: string,
  end: string,
): Promise<ReviewProgram[]> {
  const rows = await em.execute<
    {
      id: string;
      code: string;
      title: string;
      status: string;
      objectives: ReviewProgram['objectives'] | null;
    }[]
  >(
    `select p.id, p.code, p.title, p.status,
            (select json_agg(json_build_object('title', j.title, 'unit', j.unit, 'target', j.target,
                     'value', (select v.value from objective_value v where v.objective_id = j.id and v.recorded_on <= ?::date
                                order by v.recorded_on desc limit 1)) order by j.position, j.title)
               from program_objective j where j.program_id = p.id) as objectives
       from coordination_program p
      where (p.owner_id = ?::uuid or exists (
               select 1 from program_participant pp where pp.program_id = p.id and pp.organization_id = ?::uuid))
        and (p.starts_on is null or p.starts_on <= ?::date) and (p.ends_on is null or p.ends_on >= ?::date)
        and p.status <> 'DRAFT'
      order by p.title, p.id`,
    [end, organizationId, organizationId, end, start],
  );
  return rows.map((r) => ({ ...r, objectives: r.objectives ?? [] }));
}

/** The models in the area's subtree commended in the days `[start, end]`, by date. */
export async function readReviewModels(
  em: EntityManager,
  areaId: string,
  start: string,
  end: string,
): Promise<ReviewModel[]> {
  const rows = await em.execute<
    { name: string; area: string; commended_by: string; commended_on: string; decision_number: string }[]
  >(
    `select m.name, a.name as area, c.commended_by, c.commended_on::text as commended_on, c.decision_number
       from model_commendation c
       join mass_mobilization_model m on m.id = c.model_id
       join administrative_area a on a.id = m.area_id
      where c.commended_on between ?::date and ?::date and m.area_id in (${AREA_SUBTREE_SQL})
      order by c.commended_on, m.name`,
    [start, end, areaId],
  );
  return rows.map((r) => ({
    name: r.name,
    area: r.area,
    commendedBy: r.commended_by,
    commendedOn: r.commended_on,
    decisionNumber: r.decision_number,
  }));
}
