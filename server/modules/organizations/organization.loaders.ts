import type { Plain } from '../../core/read/rows.js';
import { byId } from '../../core/loaders.js';
import type { Context, LoaderFactory } from '../../core/context.js';
import { ancestorIds } from '../../core/db/tree.js';
import { Organization } from './organization.entity.js';

/** Organizations by id, one query per batch. */
export const organizationById: LoaderFactory<string, Plain<Organization> | null> = byId(Organization);

/** Ancestor ids of each organization (chain of command), nearest first, one recursive query per batch. */
export const organizationAncestorIdsById: LoaderFactory<string, string[]> = (ctx: Context) => async (ids) => {
  const byStart = await ancestorIds(ctx.em, 'organization', ids);
  return ids.map((id) => byStart.get(id) ?? []);
};
