import type { EntityManager } from '@mikro-orm/postgresql';
import type { Row } from '../../core/read/rows.js';
import type { ParticipantRole } from './participant.entity.js';
import type { ProgramAccessView } from './program.policy.js';

/** A program's policy view and, when it was asked for, the program's own row. */
export interface ProgramViewRow {
  view: ProgramAccessView;
  /** `select p.*` of the program (`readProgramViews(…, true)`); null otherwise. */
  row: Row | null;
  /** The owner organization's row, read along with the program's (`withRow`); null otherwise. */
  owner: Row | null;
}

/**
 * The policy views of programs `ids` in one query (owner and participants,
 * current ones being those not yet left). Missing programs are absent from the map.
 */
export async function loadProgramAccessViews(
  em: EntityManager,
  ids: readonly string[],
): Promise<Map<string, ProgramAccessView>> {
  const found = await readProgramViews(em, ids, false);
  return new Map([...found].map(([id, { view }]) => [id, view]));
}

/**
 * `loadProgramAccessViews`, and with `withRow` each program's own row and its
 * owner organization's in the same statement (a program read by id, with its
 * owner, costs one statement, not three).
 */
export async function readProgramViews(
  em: EntityManager,
  ids: readonly string[],
  withRow: boolean,
): Promise<Map<string, ProgramViewRow>> {
  if (!ids.length) return new Map();
  const rows = await em.execute<
    (Row & {
      id: string;
      owner_id: string;
      rp_organization_id: string | null;
      rp_role: ParticipantRole | null;
      rp_current: boolean | null;
      rp_owner?: Row;
    })[]
  >(
    `select ${withRow ? 'p.*, ow.rp_owner' : 'p.id, p.owner_id'}, pp.organization_id as rp_organization_id, pp.role as rp_role,
            (pp.left_on is null or pp.left_on >= (now() at time zone 'Asia/Ho_Chi_Minh')::date) as rp_current
       from coordination_program p
       ${withRow ? 'left join lateral (select row_to_json(o) as rp_owner from organization o where o.id = p.owner_id) ow on true' : ''}
       left join program_participant pp on pp.program_id = p.id
      where p.id in (?)`,
    [[...ids]],
  );
  const found = new Map<string, ProgramViewRow>();
  for (const row of rows) {
    let entry = found.get(row.id);
    if (!entry) {
      entry = {
        view: { id: row.id, ownerId: row.owner_id, participants: [] },
        row: withRow ? row : null,
        owner: row.rp_owner ?? null,
      };
      found.set(row.id, entry);
    }
    if (row.rp_organization_id && row.rp_role) {
      entry.view.participants.push({
        organizationId: row.rp_organization_id,
        role: row.rp_role,
        current: !!row.rp_current,
      });
    }
  }
  return found;
}
