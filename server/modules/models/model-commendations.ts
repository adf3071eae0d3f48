import type { EntityManager } from '@mikro-orm/postgresql';
import { AREA_SUBTREE_SQL } from '../areas/area.repository.js';

/** A model commended in a period (an annual review's). */
export interface ReviewModel {
  name: string;
  area: string;
  commendedBy: string;
  commendedOn: string;
  decisionNumber: string;
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
