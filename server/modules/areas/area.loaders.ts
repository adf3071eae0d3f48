import type { Context, LoaderFactory } from '../../core/context.js';
import { ancestorIds } from '../../core/db/tree.js';
import { AdministrativeArea } from './area.entity.js';

/** Areas by id, one query per batch. */
export const areaById: LoaderFactory<string, AdministrativeArea | null> = (ctx: Context) => async (ids) => {
  const rows = await ctx.em.find(AdministrativeArea, { id: { $in: [...ids] } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
};

/** Ancestor ids of each area, nearest first, one recursive query per batch. */
export const areaAncestorIdsById: LoaderFactory<string, string[]> = (ctx: Context) => async (ids) => {
  const byStart = await ancestorIds(ctx.em, 'administrative_area', ids);
  return ids.map((id) => byStart.get(id) ?? []);
};
