import { uuidArray } from '../../core/access.js';
import { loader, type Context, type LoaderFactory } from '../../core/context.js';
import { byId, groupBy } from '../../core/loaders.js';
import { type PageRequest } from '../../core/read/keyset.js';
import { plainPagesLoader } from '../../core/read/list-loader.js';
import { type Plain, type Row, toPlain } from '../../core/read/rows.js';
import { Petition, PetitionHandler, PetitionPetitioner } from './petition.entity.js';
import { loadPetitionAccessViews } from './petition.access.js';
import { type PetitionAccessView, petitionPolicy } from './petition.policy.js';
import {
  organizationPetitionsQuery,
  type PetitionListFilter,
  petitionConditions,
} from './petition.repository.js';

/** Petitions by id (no visibility check: see `loadVisiblePetition`), one query per batch. */
export const petitionById: LoaderFactory<string, Plain<Petition> | null> = byId(Petition);

/** The policy views of petitions, one statement per batch. */
export const petitionAccessViewById: LoaderFactory<string, PetitionAccessView | null> =
  (ctx: Context) => async (ids) => {
    const views = await loadPetitionAccessViews(ctx.em, ids);
    return ids.map((id) => views.get(id) ?? null);
  };

/** The chain of handlers of each petition, the receiver first. */
export const handlersByPetition: LoaderFactory<string, Plain<PetitionHandler>[]> =
  (ctx: Context) => async (ids) => {
    const rows = await ctx.em.execute<Row[]>(
      `select * from petition_handler where petition_id = any(?::uuid[])
        order by started_on, created_at, id`,
      [uuidArray(ids)],
    );
    const handlers = rows.map((row) => toPlain(ctx.em, PetitionHandler, row));
    return groupBy(ids, handlers, (h) => h.petition.id);
  };

/**
 * The petitioner of each petition — only for the petitions whose petitioner
 * the viewer may read (`petitionPolicy.readPetitioner`), null for the others,
 * which are not even selected. The one way the API reads `petition_petitioner`.
 */
export const petitionerByPetition: LoaderFactory<string, Plain<PetitionPetitioner> | null> =
  (ctx: Context) => async (ids) => {
    const [access, views] = await Promise.all([
      ctx.access(),
      loader(ctx, petitionAccessViewById).loadMany(ids),
    ]);
    const readable = ids.filter((_, i) => {
      const view = views[i];
      return !!view && !(view instanceof Error) && petitionPolicy.actions.readPetitioner(access, view);
    });
    if (!readable.length) return ids.map(() => null);
    const rows = await ctx.em.execute<Row[]>(
      'select * from petition_petitioner where petition_id = any(?::uuid[])',
      [uuidArray(readable)],
    );
    // Only readable petitions were selected, so a row found is one the viewer may read.
    const byPetition = new Map(rows.map((row) => [String(row.petition_id), row]));
    return ids.map((id) => {
      const row = byPetition.get(id);
      return row ? toPlain(ctx.em, PetitionPetitioner, row) : null;
    });
  };

/** The follow-up task ids of each petition, oldest first. */
export const followUpTaskIdsByPetition: LoaderFactory<string, string[]> = (ctx: Context) => async (ids) => {
  const rows = await ctx.em.execute<{ petition_id: string; task_id: string }[]>(
    `select petition_id, task_id from petition_task where petition_id = any(?::uuid[])
      order by created_at, id`,
    [uuidArray(ids)],
  );
  return groupBy(ids, rows, (r) => r.petition_id).map((list) => list.map((r) => r.task_id));
};

/** Arguments of an organization's petition list (part of the loader key). */
export interface PetitionListArgs {
  filter: PetitionListFilter;
  page: PageRequest;
}

/** A page of the visible petitions each organization handles now (key: `listKey(orgId, PetitionListArgs)`), one statement. */
export const petitionsByOrganization = plainPagesLoader<PetitionListArgs, Petition>(
  Petition,
  async (ctx, args) => organizationPetitionsQuery(petitionConditions(args.filter, await ctx.access())),
);

/** Loads petition `id` (database id) when the viewer may read it, else null. */
export async function loadVisiblePetition(ctx: Context, id: string): Promise<Plain<Petition> | null> {
  const [petition, view, access] = await Promise.all([
    loader(ctx, petitionById).load(id),
    loader(ctx, petitionAccessViewById).load(id),
    ctx.access(),
  ]);
  return petition && view && petitionPolicy.read(access, view) ? petition : null;
}
