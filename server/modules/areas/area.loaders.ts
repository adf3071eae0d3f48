import type { Plain } from '../../core/read/rows.js';
import type { PageRequest } from '../../core/read/keyset.js';
import { plainPagesLoader } from '../../core/read/list-loader.js';
import { byId } from '../../core/loaders.js';
import type { Context, LoaderFactory } from '../../core/context.js';
import { ancestorIds } from '../../core/db/tree.js';
import { AdministrativeArea } from './area.entity.js';
import { AREA_CHILDREN } from './area.repository.js';

/** Areas by id, one query per batch. */
export const areaById: LoaderFactory<string, Plain<AdministrativeArea> | null> = byId(AdministrativeArea);

/** Ancestor ids of each area, nearest first, one recursive query per batch. */
export const areaAncestorIdsById: LoaderFactory<string, string[]> = (ctx: Context) => async (ids) => {
  const byStart = await ancestorIds(ctx.em, 'administrative_area', ids);
  return ids.map((id) => byStart.get(id) ?? []);
};

/** A page of the areas directly below each area, by name (key: `listKey(areaId, { page })`): one statement per page asked. */
export const childrenByArea = plainPagesLoader<{ page: PageRequest }, AdministrativeArea>(
  AdministrativeArea,
  () => AREA_CHILDREN,
);
