import type { EntityClass } from '@mikro-orm/postgresql';
import { columnsOf, type Plain, type Row, readWithReferenced, toPlain } from '../../core/read/rows.js';
import type { Fields } from '../../core/read/selection.js';
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

/** What `readWithOrganizations` reads. */
export interface WithOrganizationsQuery {
  table: string;
  parentColumn: string;
  ids: readonly string[];
  /** SQL order over the table's columns (no alias). */
  orderBy: string;
  /** What is read of the rows (`selectedFields`, plus what the caller itself reads); null: whole rows. */
  fields?: Fields;
  /** What is read of their organizations; null: whole rows. */
  organizationFields?: Fields;
}

/** The columns of `entity` that `fields` need, with those the caller groups and joins by. */
function rowColumns(ctx: Context, entity: EntityClass<object>, query: WithOrganizationsQuery) {
  const columns = columnsOf(ctx.em, entity, query.fields ?? null);
  return columns && [...new Set([...columns, query.parentColumn, 'organization_id'])];
}

/**
 * The rows of `table` whose `parentColumn` is one of `ids`, in `orderBy`, as
 * plain `entity` records; the organizations they name (`organization_id`) come
 * in the same statement and are primed into `organizationById` (under
 * `fieldsKey(id, organizationFields)` when read with those fields only).
 */
export async function readWithOrganizations<T extends object>(
  ctx: Context,
  entity: EntityClass<T>,
  query: WithOrganizationsQuery,
): Promise<Plain<T>[]> {
  const organizationColumns = columnsOf(ctx.em, Organization, query.organizationFields ?? null);
  const { rows, referenced } = await readWithReferenced(ctx.em, {
    table: query.table,
    where: `${query.parentColumn} = any(?::uuid[])`,
    params: [`{${query.ids.join(',')}}`],
    orderBy: query.orderBy,
    references: { column: 'organization_id', table: 'organization' },
    columns: rowColumns(ctx, entity, query),
    referencedColumns: organizationColumns,
  });
  primeOrganizationRows(ctx, referenced, organizationColumns ? (query.organizationFields ?? null) : null);
  return rows.map((row) => toPlain(ctx.em, entity, row));
}

/**
 * Primes `organizationById` with organization rows another module's statement
 * read along (`select *` rows, or their `row_to_json`; with `fields` only when
 * given), so resolving them costs no statement of its own.
 */
export function primeOrganizationRows(ctx: Context, rows: readonly Row[], fields: Fields = null): void {
  prime(
    ctx,
    organizationById,
    rows.map((row) => toPlain(ctx.em, Organization, row)),
    fields,
  );
}
