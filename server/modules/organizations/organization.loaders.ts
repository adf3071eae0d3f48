import type { EntityClass } from '@mikro-orm/postgresql';
import { type Plain, type Row, readWithReferenced, toPlain } from '../../core/read/rows.js';
import type { PageRequest } from '../../core/read/keyset.js';
import { plainPagesLoader } from '../../core/read/list-loader.js';
import { byId, prime } from '../../core/loaders.js';
import type { Context, LoaderFactory } from '../../core/context.js';
import { ancestorIds } from '../../core/db/tree.js';
import { Organization } from './organization.entity.js';
import { ORGANIZATION_CHILDREN, ORGANIZATION_PARTNERS } from './organization.repository.js';

/** Organizations by id, one query per batch. */
export const organizationById: LoaderFactory<string, Plain<Organization> | null> = byId(Organization);

/** Ancestor ids of each organization (chain of command), nearest first, one recursive query per batch. */
export const organizationAncestorIdsById: LoaderFactory<string, string[]> = (ctx: Context) => async (ids) => {
  const byStart = await ancestorIds(ctx.em, 'organization', ids);
  return ids.map((id) => byStart.get(id) ?? []);
};

/** A page of the organizations directly below each organization, by name (key: `listKey(id, { page })`). */
export const childrenByOrganization = plainPagesLoader<{ page: PageRequest }, Organization>(
  Organization,
  () => ORGANIZATION_CHILDREN,
);

/** A page of each organization's partners (active, same area, other), by name (key: `listKey(id, { page })`). */
export const partnersByOrganization = plainPagesLoader<{ page: PageRequest }, Organization>(
  Organization,
  () => ORGANIZATION_PARTNERS,
);

/**
 * The rows of `table` whose `parentColumn` is one of `ids`, in `orderBy`, as
 * plain `entity` records; the organizations they name (`organization_id`) come
 * in the same statement and are primed into `organizationById`.
 */
export async function readWithOrganizations<T extends object>(
  ctx: Context,
  entity: EntityClass<T>,
  query: { table: string; parentColumn: string; ids: readonly string[]; orderBy: string },
): Promise<Plain<T>[]> {
  const { rows, referenced } = await readWithReferenced(ctx.em, {
    table: query.table,
    where: `${query.parentColumn} = any(?::uuid[])`,
    params: [`{${query.ids.join(',')}}`],
    orderBy: query.orderBy,
    references: { column: 'organization_id', table: 'organization' },
  });
  primeOrganizationRows(ctx, referenced);
  return rows.map((row) => toPlain(ctx.em, entity, row));
}

/**
 * Primes `organizationById` with organization rows another module's statement
 * read along (`select *` rows, or their `row_to_json`), so resolving them
 * costs no statement of its own.
 */
export function primeOrganizationRows(ctx: Context, rows: readonly Row[]): void {
  prime(
    ctx,
    organizationById,
    rows.map((row) => toPlain(ctx.em, Organization, row)),
  );
}
