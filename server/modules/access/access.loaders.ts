import type { Plain } from '../../core/read/rows.js';
import { byId } from '../../core/loaders.js';
import type { Context, LoaderFactory } from '../../core/context.js';
import { User } from '../users/user.entity.js';
import { ApiToken } from './api-token.entity.js';
import { RoleGrant } from './role-grant.entity.js';

/** Which grants a list shows: not yet ended, all, or those in force at an instant. */
export type GrantScope = { kind: 'open' } | { kind: 'all' } | { kind: 'activeOn'; at: Date };

/** Key of `roleGrantsByOrganization` and `roleGrantsByUser`. */
export const grantListKey = (id: string, scope: GrantScope, inherited = false): string =>
  [id, scope.kind, scope.kind === 'activeOn' ? scope.at.toISOString() : '', inherited ? '1' : ''].join('|');

/** `id | rest` of a list key: the owner id and the part shared by keys that batch into one query. */
function splitKey(key: string): { id: string; rest: string } {
  const bar = key.indexOf('|');
  return { id: key.slice(0, bar), rest: key.slice(bar + 1) };
}

/** SQL condition on `role_grant g` for a scope, with its parameters. */
function scopeSql(rest: string): [string, unknown[]] {
  const [kind, at] = rest.split('|');
  if (kind === 'all') return ['true', []];
  const instant = kind === 'activeOn' ? new Date(at) : new Date();
  const open = '(g.valid_to is null or g.valid_to > ?)';
  return kind === 'activeOn' ? [`g.valid_from <= ? and ${open}`, [instant, instant]] : [open, [instant]];
}

/** Users by id, one query per batch. */
export const userById: LoaderFactory<string, Plain<User> | null> = byId(User);

/** Grants by id, one query per batch. */
export const roleGrantById: LoaderFactory<string, Plain<RoleGrant> | null> = byId(RoleGrant);

/** API tokens by id, one query per batch. */
export const apiTokenById: LoaderFactory<string, Plain<ApiToken> | null> = byId(ApiToken);

/**
 * Runs `select owner, grant id … where <owners>` (plus the scope's condition) per group of keys sharing a scope, then
 * loads the grants in one query: newest term first within each owner.
 */
async function grantLists(
  ctx: Context,
  keys: readonly string[],
  ownerSql: (rest: string) => string,
): Promise<RoleGrant[][]> {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const { id, rest } = splitKey(key);
    groups.set(rest, [...(groups.get(rest) ?? []), id]);
  }
  const pairs = new Map<string, string[]>();
  for (const [rest, ids] of groups) {
    const [condition, params] = scopeSql(rest);
    const rows = await ctx.em.execute<{ owner: string; id: string }[]>(
      `${ownerSql(rest)} and ${condition} order by g.valid_from desc, g.id`,
      [[...new Set(ids)], ...params],
    );
    for (const row of rows) {
      const key = `${row.owner}|${rest}`;
      pairs.set(key, [...(pairs.get(key) ?? []), row.id]);
    }
  }
  const all = [...new Set([...pairs.values()].flat())];
  const grants = all.length ? await ctx.em.find(RoleGrant, { id: { $in: all } }) : [];
  const grantById = new Map(grants.map((g) => [g.id, g]));
  return keys.map((key) => (pairs.get(key) ?? []).map((id) => grantById.get(id)!).filter(Boolean));
}

/**
 * Grants on each organization (key: `grantListKey(orgId, scope, inherited)`);
 * with `inherited`, also the grants on the organizations above it in its
 * (current) chain of command, which reach down to it.
 */
export const roleGrantsByOrganization: LoaderFactory<string, RoleGrant[]> = (ctx: Context) => (keys) =>
  grantLists(ctx, keys, (rest) =>
    rest.endsWith('|1')
      ? `with recursive up(owner, id, depth) as (
           select id, id, 0 from organization where id in (?)
           union all
           select up.owner, o.parent_id, up.depth + 1 from organization o join up on o.id = up.id
            where o.parent_id is not null and up.depth < 64
         ) select up.owner, g.id from up join role_grant g on g.organization_id = up.id where true`
      : 'select g.organization_id as owner, g.id from role_grant g where g.organization_id in (?)',
  );

/** Grants held by each user (key: `grantListKey(userId, scope)`). */
export const roleGrantsByUser: LoaderFactory<string, RoleGrant[]> = (ctx: Context) => (keys) =>
  grantLists(ctx, keys, () => 'select g.user_id as owner, g.id from role_grant g where g.user_id in (?)');

/** Key of `apiTokensByOrganization`. */
export const apiTokenListKey = (organizationId: string, includeRevoked: boolean): string =>
  `${organizationId}|${includeRevoked ? 'all' : 'live'}`;

/** API tokens of each organization, newest first; revoked ones only with `all` keys. */
export const apiTokensByOrganization: LoaderFactory<string, ApiToken[]> = (ctx: Context) => async (keys) => {
  const wanted = keys.map(splitKey);
  const rows = await ctx.em.find(
    ApiToken,
    { organization: { $in: [...new Set(wanted.map((w) => w.id))] } },
    { orderBy: { createdAt: 'desc', id: 'asc' } },
  );
  return wanted.map(({ id, rest }) =>
    rows.filter((t) => t.organization.id === id && (rest === 'all' || !t.revokedAt)),
  );
};
