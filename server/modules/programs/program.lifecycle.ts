import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { dayBefore } from '../../core/scalars.js';
import { Organization } from '../organizations/organization.entity.js';
import { onOrganizationsMerged, type MergeEvent } from '../organizations/organization.events.js';
import { ParticipantRole, ProgramParticipant } from './participant.entity.js';
import { CoordinationProgram } from './program.entity.js';

/** Strength of participant roles: the successor keeps the strongest it inherits. */
const STRENGTH: Record<ParticipantRole, number> = { LEAD: 4, CO_LEAD: 3, PARTNER: 2, OBSERVER: 1 };

const strongest = (roles: ParticipantRole[]): ParticipantRole =>
  roles.reduce((a, b) => (STRENGTH[b] > STRENGTH[a] ? b : a));

/** Participations still running on `date` (not left before it). */
const runningOn = (date: string) => ({ $or: [{ leftOn: null }, { leftOn: { $gte: date } }] });

/**
 * Ends a participation the day before `date`; one that only begins on or
 * after `date` ends on its first day (it cannot end before it began).
 */
function endBefore(participation: ProgramParticipant, date: string): void {
  const last = dayBefore(date);
  participation.leftOn = participation.joinedOn > last ? participation.joinedOn : last;
}

/**
 * In a merger, programs pass to the successor so they stay run and readable:
 * - programs owned by a merged organization become the successor's;
 * - each participation of a merged organization still running on the merger
 *   date ends the day before, and the successor takes part from that date
 *   in the same role — unless it already takes part: then it keeps its
 *   participation, and when the inherited role is stronger (a merged LEAD,
 *   the successor a PARTNER) its participation ends the day before and a
 *   new one opens with the stronger role, so an active program keeps a LEAD.
 *   A planned end (leftOn after the merger) carries over to the new participation.
 */
export async function passProgramsToSuccessor(em: EntityManager, event: MergeEvent): Promise<void> {
  const { mergedIds, successorId, effectiveOn } = event;
  const successor = em.getReference(Organization, successorId, { wrapped: true });
  const owned = await em.find(CoordinationProgram, { owner: { $in: mergedIds } });
  for (const program of owned) program.owner = successor;

  const inherited = await em.find(
    ProgramParticipant,
    { organization: { $in: mergedIds }, ...runningOn(effectiveOn) } as never,
    { orderBy: { joinedOn: 'asc', id: 'asc' } },
  );
  if (!inherited.length) return;
  const programIds = [...new Set(inherited.map((p) => p.program.id))];
  // Lock the programs as their commands do, so a concurrent change of participants waits for the merger.
  await em.find(CoordinationProgram, { id: { $in: programIds } }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  const successorsOwn = await em.find(ProgramParticipant, {
    organization: successorId,
    program: { $in: programIds },
    ...runningOn(effectiveOn),
  } as never);
  for (const programId of programIds) {
    const old = inherited.filter((p) => p.program.id === programId);
    const role = strongest(old.map((p) => p.role));
    const plannedEnds = old.map((p) => p.leftOn);
    const leftOn = plannedEnds.includes(null) ? null : (plannedEnds as string[]).toSorted().at(-1)!;
    for (const participation of old) endBefore(participation, effectiveOn);
    const own = successorsOwn.filter((p) => p.program.id === programId);
    if (own.length && own.some((p) => STRENGTH[p.role] >= STRENGTH[role])) continue;
    for (const participation of own) endBefore(participation, effectiveOn);
    em.create(ProgramParticipant, {
      program: old[0].program,
      organization: successor,
      role,
      joinedOn: effectiveOn,
      leftOn: own.length ? null : leftOn,
    });
  }
}

onOrganizationsMerged(passProgramsToSuccessor);
