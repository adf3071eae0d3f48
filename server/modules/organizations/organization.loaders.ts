import type { EntityClass } from '@mikro-orm/postgresql';
import { columnsOf, type Plain, type Row, readWithReferenced, toPlain } from '../../core/read/rows.js';
import { type Fields, unionOf } from '../../core/read/selection.js';
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
  /**
   * What each caller reads of their organizations (null: whole rows): the
   * statement reads the union, and the records are primed for each.
   */
  organizationFields?: readonly Fields[];
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
 * `fieldsKey(id, fields)` for each of `organizationFields` when read narrow).
 */
export async function readWithOrganizations<T extends object>(
  ctx: Context,
  entity: EntityClass<T>,
  query: WithOrganizationsQuery,
): Promise<Plain<T>[]> {
  const asked = new Set(query.organizationFields ?? [null]);
  const organizationColumns = columnsOf(ctx.em, Organization, unionOf(asked));
  const { rows, referenced } = await readWithReferenced(ctx.em, {
    table: query.table,
    where: `${query.parentColumn} = any(?::uuid[])`,
    params: [`{${query.ids.join(',')}}`],
    orderBy: query.orderBy,
    references: { column: 'organization_id', table: 'organization' },
    columns: rowColumns(ctx, entity, query),
    referencedColumns: organizationColumns,
  });
  // Whole rows serve every selection under the bare id; narrow ones go under each selection's key.
  const organizations = referenced.map((row) => toPlain(ctx.em, Organization, row));
  for (const fields of organizationColumns ? asked : [null])
    prime(ctx, organizationById, organizations, fields);
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
