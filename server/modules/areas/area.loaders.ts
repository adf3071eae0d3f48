import type { Context, LoaderFactory } from '../../core/context.js';
import { AdministrativeArea } from './area.entity.js';

/** Areas by id, one query per batch. */
export const areaById: LoaderFactory<string, AdministrativeArea | null> = (ctx: Context) => async (ids) => {
  const rows = await ctx.em.find(AdministrativeArea, { id: { $in: [...ids] } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
};
