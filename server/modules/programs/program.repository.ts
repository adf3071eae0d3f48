import type { ViewerAccess } from '../../core/access.js';
import { type ListQuery, PARENT, rootListQuery, type SortKey } from '../../core/read/keyset.js';
import { Conditions } from '../../core/read/conditions.js';
import { foldForSearch } from '../../core/text.js';
import type { ParticipantRole } from './participant.entity.js';
import { type ProgramKind, ProgramStatus } from './program.entity.js';
import { programPolicy } from './program.policy.js';

/**
 * SQL condition on `program_participant` alias `pp`: the participation is
 * current on date `?` (not yet left; the last day counts). The same rule as
 * `loadProgramAccessViews` and `isCurrentParticipation`.
 */
export const CURRENT_PARTICIPATION_SQL = (pp: string): string =>
  `(${pp}.left_on is null or ${pp}.left_on >= ?)`;

/** True when a participation is current on `today`, as `CURRENT_PARTICIPATION_SQL` says. */
export const isCurrentParticipation = (participation: { leftOn: string | null }, today: string): boolean =>
  participation.leftOn === null || participation.leftOn >= today;

/** Orders of program lists: their keyset keys, each ending with the id so the order is total. */
export const PROGRAM_ORDER_KEYS = {
  /** By code. */
  CODE: [
    { expr: 'p.code', dir: 'asc', kind: 'text' },
    { expr: 'p.id', dir: 'asc', kind: 'uuid' },
  ],
  /** Most recently changed first. */
  UPDATED_AT: [
    { expr: 'p.updated_at', dir: 'desc', kind: 'timestamp' },
    { expr: 'p.id', dir: 'asc', kind: 'uuid' },
  ],
} satisfies Record<string, SortKey[]>;

/** Filters of program lists, with database ids. Every field narrows; absent fields do not. */
export interface ProgramListFilter {
  /** Programs this organization currently takes part in (with `role`, in that role). */
  participantOrganizationId?: string | null;
  role?: ParticipantRole | null;
  status?: ProgramStatus[] | null;
  kinds?: ProgramKind[] | null;
  search?: string | null;
  activeOn?: string | null;
}

/** The filter in SQL (alias `p`), restricted to what the viewer may read. */
function programConditions(filter: ProgramListFilter, access: ViewerAccess, today: string): Conditions {
  const c = new Conditions().fragment(programPolicy.where(access, 'p'));
  if (filter.participantOrganizationId) {
    const role = filter.role ?? null;
    c.add(takesPartSql(role, '?'), filter.participantOrganizationId, today, ...(role ? [role] : []));
  }
  c.oneOf('p.status', filter.status).oneOf('p.kind', filter.kinds).search('p.search_key', filter.search);
  if (filter.activeOn) {
    c.add(
      `p.status = '${ProgramStatus.ACTIVE}' and (p.starts_on is null or p.starts_on <= ?::date)
        and (p.ends_on is null or p.ends_on >= ?::date)`,
      filter.activeOn,
      filter.activeOn,
    );
  }
  return c;
}

/**
 * "Program `p` has a current participation of organization `organization`
 * (a `?` or `PARENT`), in `role` when given"; its parameters: the
 * organization when `?`, today, then the role.
 */
function takesPartSql(role: ParticipantRole | null, organization: string): string {
  return `exists (select 1 from program_participant fp where fp.program_id = p.id
    and fp.organization_id = ${organization} and ${CURRENT_PARTICIPATION_SQL('fp')}${role ? ' and fp.role = ?' : ''})`;
}

/** The `programs` list: the filter, all in SQL, restricted to what the viewer may read. */
export function programListQuery(
  filter: ProgramListFilter,
  access: ViewerAccess,
  today: string,
  order: keyof typeof PROGRAM_ORDER_KEYS,
): ListQuery {
  const conditions = programConditions(filter, access, today);
  return rootListQuery('coordination_program', 'p', conditions, PROGRAM_ORDER_KEYS[order]);
}

/**
 * The programs each organization (`PARENT`) currently takes part in (in
 * `role` when given), with the rest of `filter`, by code.
 */
export function organizationProgramsQuery(
  role: ParticipantRole | null,
  filter: Omit<ProgramListFilter, 'participantOrganizationId' | 'role'>,
  access: ViewerAccess,
  today: string,
): ListQuery {
  const { where, params } = programConditions(filter, access, today);
  return {
    select: 'p.*',
    from: 'coordination_program p',
    parent: takesPartSql(role, PARENT),
    where,
    params: [today, ...(role ? [role] : []), ...params],
    keys: PROGRAM_ORDER_KEYS.CODE,
  };
}

/** The search key of a program: its code and title, folded. */
export function programSearchKey(code: string, title: string): string {
  return foldForSearch(`${code} ${title}`);
}
