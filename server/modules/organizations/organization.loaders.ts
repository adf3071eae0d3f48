import type { Context, LoaderFactory } from '../../core/context.js';
import { Organization } from './organization.entity.js';

/** Organizations by id, one query per batch. */
export const organizationById: LoaderFactory<string, Organization | null> = (ctx: Context) => async (ids) => {
  const rows = await ctx.em.find(Organization, { id: { $in: [...ids] } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
};

/** Ancestor ids of each organization (chain of command), nearest first, one recursive query per batch. */
export const organizationAncestorIdsById: LoaderFactory<string, string[]> = (ctx: Context) => async (ids) => {
  const rows = await ctx.em.getConnection().execute<{ start: string; id: string }[]>(
    `with recursive up as (
       select id as start, parent_id as id, 1 as depth from organization where id in (?)
       union all
       select up.start, o.parent_id, up.depth + 1 from organization o join up on o.id = up.id
        where up.depth < 64 and o.parent_id is not null
     ) select start, id from up where id is not null order by start, depth`,
    [[...ids]],
  );
  const byStart = new Map<string, string[]>();
  for (const row of rows) byStart.set(row.start, [...(byStart.get(row.start) ?? []), row.id]);
  return ids.map((id) => byStart.get(id) ?? []);
};
