import type { Plain } from '../../core/read/rows.js';
import { byId } from '../../core/loaders.js';
import type { Context, LoaderFactory } from '../../core/context.js';
import { ancestorIds } from '../../core/db/tree.js';
import { AdministrativeArea } from './area.entity.js';

/** Areas by id, one query per batch. */
export const areaById: LoaderFactory<string, Plain<AdministrativeArea> | null> = byId(AdministrativeArea);

/** Ancestor ids of each area, nearest first, one recursive query per batch. */
export const areaAncestorIdsById: LoaderFactory<string, string[]> = (ctx: Context) => async (ids) => {
  const byStart = await ancestorIds(ctx.em, 'administrative_area', ids);
  return ids.map((id) => byStart.get(id) ?? []);
};
