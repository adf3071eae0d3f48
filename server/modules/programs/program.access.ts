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
 * owner, costs one statement, not three). One row per program: its
 * participants come as one JSON array, so the program's and the owner's
 * columns are not repeated for each participant.
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
      rp_participants: [organizationId: string, role: ParticipantRole, current: boolean][];
      rp_owner?: Row | null;
    })[]
  >(
    `select ${withRow ? 'p.*, (select row_to_json(o) from organization o where o.id = p.owner_id) as rp_owner' : 'p.id, p.owner_id'},
            (select coalesce(json_agg(json_build_array(pp.organization_id, pp.role,
                      pp.left_on is null or pp.left_on >= (now() at time zone 'Asia/Ho_Chi_Minh')::date)), '[]')
               from program_participant pp where pp.program_id = p.id) as rp_participants
       from coordination_program p
      where p.id in (?)`,
    [[...ids]],
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        view: {
          id: row.id,
          ownerId: row.owner_id,
          participants: row.rp_participants.map(([organizationId, role, current]) => ({
            organizationId,
            role,
            current,
          })),
        },
        row: withRow ? row : null,
        owner: row.rp_owner ?? null,
      },
    ]),
  );
}
