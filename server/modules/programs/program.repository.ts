import { raw, type FilterQuery } from '@mikro-orm/postgresql';
import { uuidArray, type ViewerAccess } from '../../core/access.js';
import { escapeLike, foldForSearch } from '../../core/text.js';
import type { ParticipantRole } from './participant.entity.js';
import { type CoordinationProgram, type ProgramKind, ProgramStatus } from './program.entity.js';
import { PROGRAM_VISIBLE_SQL } from './program.policy.js';

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

/** The raw SQL (with its parameters) of `PROGRAM_VISIBLE_SQL` for a viewer, or null for system administrators. */
export function visibleProgramsSql(
  access: ViewerAccess,
  alias: string,
): { sql: string; params: string[] } | null {
  if (access.isSystemAdmin) return null;
  const ids = uuidArray(access.organizationIds());
  return { sql: PROGRAM_VISIBLE_SQL(alias), params: [ids, ids] };
}

/**
 * A filter-query fragment keeping only the programs the viewer may read
 * (taking part, or above a participant in the chain of command), as a raw
 * SQL key (a symbol: `Object.keys` does not see it); null for system administrators.
 */
export function visibleProgramsWhere(access: ViewerAccess): Record<string, unknown> | null {
  if (access.isSystemAdmin) return null;
  const ids = uuidArray(access.organizationIds());
  const visible = raw((alias: string) => PROGRAM_VISIBLE_SQL(alias), [ids, ids]);
  return { [visible as unknown as string]: [] };
}

/** Filter of the `programs` list, all in SQL, restricted to what the viewer may read. */
export function programWhere(
  filter: {
    participantOrganizationId?: string | null;
    role?: ParticipantRole | null;
    status?: ProgramStatus[] | null;
    kinds?: ProgramKind[] | null;
    search?: string | null;
    activeOn?: string | null;
  },
  access: ViewerAccess,
  today: string,
): FilterQuery<CoordinationProgram> {
  const visible = visibleProgramsWhere(access);
  const and: Record<string, unknown>[] = visible ? [visible] : [];
  if (filter.participantOrganizationId) {
    const params: unknown[] = [filter.participantOrganizationId, today];
    if (filter.role) params.push(filter.role);
    const takesPart = raw(
      (alias: string) =>
        `exists (select 1 from program_participant fp where fp.program_id = ${alias}.id
           and fp.organization_id = ? and ${CURRENT_PARTICIPATION_SQL('fp')}${filter.role ? ' and fp.role = ?' : ''})`,
      params,
    );
    and.push({ [takesPart as unknown as string]: [] });
  }
  if (filter.status?.length) and.push({ status: { $in: filter.status } });
  if (filter.kinds?.length) and.push({ kind: { $in: filter.kinds } });
  const search = filter.search ? foldForSearch(filter.search) : '';
  if (search) and.push({ searchKey: { $like: `%${escapeLike(search)}%` } });
  if (filter.activeOn) {
    and.push(
      { status: ProgramStatus.ACTIVE },
      { $or: [{ startsOn: null }, { startsOn: { $lte: filter.activeOn } }] },
      { $or: [{ endsOn: null }, { endsOn: { $gte: filter.activeOn } }] },
    );
  }
  return (and.length ? { $and: and } : {}) as FilterQuery<CoordinationProgram>;
}

/** The search key of a program: its code and title, folded. */
export function programSearchKey(code: string, title: string): string {
  return foldForSearch(`${code} ${title}`);
}
