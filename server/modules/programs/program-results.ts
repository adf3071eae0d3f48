import type { EntityManager } from '@mikro-orm/postgresql';

/** A coordination program of a period with its objectives' latest values (an annual review's). */
export interface ReviewProgram {
  id: string;
  code: string;
  title: string;
  status: string;
  objectives: { title: string; unit: string; target: number; value: number | null }[];
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
