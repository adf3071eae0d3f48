import type { EntityManager } from '@mikro-orm/postgresql';
import type { ParticipantRole } from './participant.entity.js';
import type { ProgramAccessView } from './program.policy.js';

/**
 * The policy views of programs `ids` in one query (owner and participants,
 * current ones being those not yet left). Missing programs are absent from the map.
 */
export async function loadProgramAccessViews(
  em: EntityManager,
  ids: readonly string[],
): Promise<Map<string, ProgramAccessView>> {
  if (!ids.length) return new Map();
  const rows = await em.execute<
    {
      id: string;
      owner_id: string;
      organization_id: string | null;
      role: ParticipantRole | null;
      current: boolean | null;
    }[]
  >(
    `select p.id, p.owner_id, pp.organization_id, pp.role,
            (pp.left_on is null or pp.left_on >= (now() at time zone 'Asia/Ho_Chi_Minh')::date) as current
       from coordination_program p left join program_participant pp on pp.program_id = p.id
      where p.id in (?)`,
    [[...ids]],
  );
  const views = new Map<string, ProgramAccessView>();
  for (const row of rows) {
    const view = views.get(row.id) ?? { id: row.id, ownerId: row.owner_id, participants: [] };
    if (row.organization_id && row.role) {
      view.participants.push({ organizationId: row.organization_id, role: row.role, current: !!row.current });
    }
    views.set(row.id, view);
  }
  return views;
}
