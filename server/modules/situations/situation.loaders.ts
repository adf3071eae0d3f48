import { loader, type Context, type LoaderFactory } from '../../core/context.js';
import { byId } from '../../core/loaders.js';
import type { Plain } from '../../core/read/rows.js';
import { ComplexSituation, SituationReport } from './situation.entity.js';
import { situationPolicy, situationReportPolicy } from './situation.policy.js';

/** Reports by id (visibility: `readableReport`). */
export const reportById: LoaderFactory<string, Plain<SituationReport> | null> = byId(SituationReport);
/** Complex situations by id (visibility: `readableSituation`). */
export const situationById: LoaderFactory<string, Plain<ComplexSituation> | null> = byId(ComplexSituation);

/** The handling organizations of each complex situation, in the order they joined; one query per batch. */
export const handlerIdsBySituation: LoaderFactory<string, string[]> = (ctx: Context) => async (ids) => {
  const rows = await ctx.em.execute<{ situation_id: string; organization_id: string }[]>(
    `select situation_id, organization_id from complex_situation_handler
      where situation_id = any(?::uuid[]) order by created_at, id`,
    [`{${ids.join(',')}}`],
  );
  const handlers = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const row of rows) handlers.get(row.situation_id)?.push(row.organization_id);
  return ids.map((id) => handlers.get(id) ?? []);
};

/** The policy view of a complex situation (its handlers through the batched loader). */
export async function situationView(ctx: Context, situation: Plain<ComplexSituation>) {
  const handlerIds = await loader(ctx, handlerIdsBySituation).load(situation.id);
  return { id: situation.id, organizationId: situation.organization.id, handlerIds };
}

/** The report `id` when the viewer may read it, else null (denied looks like missing). */
export async function readableReport(ctx: Context, id: string): Promise<Plain<SituationReport> | null> {
  const [report, access] = await Promise.all([loader(ctx, reportById).load(id), ctx.access()]);
  return report && situationReportPolicy.read(access, { id, organizationId: report.organization.id })
    ? report
    : null;
}

/** The complex situation `id` when the viewer may read it, else null. Batched. */
export async function readableSituation(ctx: Context, id: string): Promise<Plain<ComplexSituation> | null> {
  const situation = await loader(ctx, situationById).load(id);
  if (!situation) return null;
  const [view, access] = await Promise.all([situationView(ctx, situation), ctx.access()]);
  return situationPolicy.read(access, view) ? situation : null;
}
