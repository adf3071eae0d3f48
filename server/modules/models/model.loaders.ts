import { loader, type Context, type LoaderFactory } from '../../core/context.js';
import { byId, groupBy } from '../../core/loaders.js';
import { type ListQuery, type PageRequest, PARENT } from '../../core/read/keyset.js';
import { plainPagesLoader } from '../../core/read/list-loader.js';
import { type Plain, type Row, toPlain } from '../../core/read/rows.js';
import { loadModelAccessViews } from './model.access.js';
import {
  MassMobilizationModel,
  ModelAdoption,
  ModelCommendation,
  ModelEvidence,
  ModelYearStatus,
} from './model.entity.js';
import { type ModelAccessView, modelPolicy } from './model.policy.js';

/** Models by id (visibility is the caller's business: see `readableModel`). */
export const modelById: LoaderFactory<string, Plain<MassMobilizationModel> | null> =
  byId(MassMobilizationModel);

/** The policy view (owner, adopters) of each model, one query per batch; null when missing. */
export const modelAccessViewById: LoaderFactory<string, ModelAccessView | null> =
  (ctx: Context) => async (ids) => {
    const views = await loadModelAccessViews(ctx.em, ids);
    return ids.map((id) => views.get(id) ?? null);
  };

/** The rows of `table` for each model (`model_id`), in `orderBy`, as plain records of `entity`. */
function perModel<T extends { model: { id: string } }>(
  entity: new () => T,
  table: string,
  orderBy: string,
): LoaderFactory<string, Plain<T>[]> {
  return (ctx: Context) => async (ids) => {
    const rows = await ctx.em.execute<Row[]>(
      `select * from ${table} where model_id = any(?::uuid[]) order by ${orderBy}`,
      [`{${ids.join(',')}}`],
    );
    const records = rows.map((row) => toPlain(ctx.em, entity, row) as Plain<T>);
    return groupBy(ids, records, (r) => (r as unknown as { model: { id: string } }).model.id);
  };
}

/** The yearly statuses of each model, latest year first. */
export const statusesByModel = perModel(ModelYearStatus, 'model_year_status', 'year desc, id');
/** The evidence notes of each model, newest first. */
export const evidenceByModel = perModel(
  ModelEvidence,
  'model_evidence',
  'recorded_on desc, created_at desc, id',
);
/** The commendations of each model, newest first. */
export const commendationsByModel = perModel(
  ModelCommendation,
  'model_commendation',
  'commended_on desc, created_at desc, id',
);

/** How many organizations adopted each model, one grouped count per batch. */
export const adoptionCountByModel: LoaderFactory<string, number> = (ctx: Context) => async (ids) => {
  const rows = await ctx.em.execute<{ model_id: string; n: string }[]>(
    'select model_id, count(*) as n from model_adoption where model_id = any(?::uuid[]) group by model_id',
    [`{${ids.join(',')}}`],
  );
  const counts = new Map(rows.map((row) => [row.model_id, Number(row.n)]));
  return ids.map((id) => counts.get(id) ?? 0);
};

/** What `adoptionsByModel` is asked for besides the model: adopted on or before a date, and the page. */
export interface ModelAdoptionsArgs {
  adoptedBy: string | null;
  page: PageRequest;
}

/** The adoptions of each model, earliest first (optionally those adopted by a date). */
const adoptionsQuery = (adoptedBy: string | null): ListQuery => ({
  select: 'a.*',
  from: 'model_adoption a',
  parent: `a.model_id = ${PARENT}`,
  where: adoptedBy ? ['a.adopted_on <= ?::date'] : [],
  params: adoptedBy ? [adoptedBy] : [],
  keys: [
    { expr: 'a.adopted_on', dir: 'asc', kind: 'date' },
    { expr: 'a.id', dir: 'asc', kind: 'uuid' },
  ],
});

/** A page of the adoptions of each model (key: `listKey(modelId, ModelAdoptionsArgs)`): one statement per batch. */
export const adoptionsByModel = plainPagesLoader<ModelAdoptionsArgs, ModelAdoption>(
  ModelAdoption,
  (_ctx, args) => adoptionsQuery(args.adoptedBy),
);

/** The model `id` when it exists and the viewer may read it, else null (denied looks like missing). Batched. */
export async function readableModel(ctx: Context, id: string): Promise<Plain<MassMobilizationModel> | null> {
  const [model, view, access] = await Promise.all([
    loader(ctx, modelById).load(id),
    loader(ctx, modelAccessViewById).load(id),
    ctx.access(),
  ]);
  return model && view && modelPolicy.read(access, view) ? model : null;
}
