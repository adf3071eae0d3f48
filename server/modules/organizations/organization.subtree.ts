/**
 * SQL condition: column `column` (an organization id) is organization `?` or
 * below it in the chain of command (its closure, decision 022). One
 * parameter: the organization id. For list filters on "this organization and
 * those under it".
 */
export const IN_ORGANIZATION_SUBTREE_SQL = (column: string): string =>
  `${column} in (select descendant_id from organization_closure where ancestor_id = ?::uuid)`;
