/**
 * SQL condition: column `column` (an organization id) is organization `?` or
 * below it in the chain of command. One parameter: the organization id.
 * For list filters on "this organization and those under it".
 */
export const IN_ORGANIZATION_SUBTREE_SQL = (column: string): string =>
  `${column} in (with recursive below as (
     select id from organization where id = ?::uuid
     union all
     select o.id from organization o join below b on o.parent_id = b.id
   ) select id from below)`;
