import type { Context } from '../../../core/context.js';
import { badInput, conflict, notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { inTransaction } from '../../../core/transaction.js';
import { Organization } from '../../organizations/organization.entity.js';
import { ParticipantRole, type ProgramParticipant } from '../participant.entity.js';
import { type CoordinationProgram, ProgramStatus } from '../program.entity.js';
import type { RemoveProgramParticipantInput } from '../program.inputs.js';
import { currentParticipants, loadProgramToManageParticipants } from './load.js';
import { publishProgramChanged } from './publish.js';

/**
 * An organization leaves a program: its current participation ends on
 * `leftOn` (its last day; default today, or the join date for a
 * participation not yet begun). The row is kept as history. CONFLICT when
 * the organization does not take part, or when it is the last current LEAD
 * of an ACTIVE program (add another LEAD, or suspend the program, first).
 */
export async function removeProgramParticipant(
  ctx: Context,
  input: RemoveProgramParticipantInput,
): Promise<{ participant: ProgramParticipant; program: CoordinationProgram }> {
  const organizationId = fromGlobalId(input.organizationId, 'Organization', 'organizationId');
  return inTransaction(ctx, async (em) => {
    const loaded = await loadProgramToManageParticipants(ctx, em, input.programId);
    const { program, today } = loaded;
    const organization = await em.findOne(Organization, organizationId);
    if (!organization) throw notFound('Organization', input.organizationId);
    const current = currentParticipants(loaded);
    const participant = current.find((p) => p.organization.id === organizationId);
    if (!participant) {
      throw conflict(`${organization.name} does not take part in this program`, { field: 'organizationId' });
    }
    const leftOn = input.leftOn ?? (participant.joinedOn > today ? participant.joinedOn : today);
    if (leftOn < participant.joinedOn) {
      throw badInput('leftOn', `leftOn must not be before the participation began (${participant.joinedOn})`);
    }
    const otherLeads = current.filter((p) => p !== participant && p.role === ParticipantRole.LEAD);
    if (
      participant.role === ParticipantRole.LEAD &&
      program.status === ProgramStatus.ACTIVE &&
      !otherLeads.length
    ) {
      throw conflict('an active program must keep a LEAD organization: add another LEAD first', {
        field: 'organizationId',
      });
    }
    participant.leftOn = leftOn;
    await em.flush();
    await publishProgramChanged(em, program.id, 'PARTICIPANT_REMOVED');
    return { participant, program };
  });
}
