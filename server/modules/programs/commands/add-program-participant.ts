import type { Context } from '../../../core/context.js';
import { conflict } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { inTransaction } from '../../../core/transaction.js';
import { ProgramParticipant } from '../participant.entity.js';
import type { CoordinationProgram } from '../program.entity.js';
import type { AddProgramParticipantInput } from '../program.inputs.js';
import { currentParticipants, loadActiveOrganization, loadProgramToManageParticipants } from './load.js';
import { publishProgramChanged } from './publish.js';

/**
 * An ACTIVE organization joins a program in a role (from `joinedOn`, default
 * today). CONFLICT when it already takes part (leave first to change role),
 * when it was merged or dissolved, or when the program is closed.
 */
export async function addProgramParticipant(
  ctx: Context,
  input: AddProgramParticipantInput,
): Promise<{ participant: ProgramParticipant; program: CoordinationProgram }> {
  const organizationId = fromGlobalId(input.organizationId, 'Organization', 'organizationId');
  return inTransaction(ctx, async (em) => {
    const loaded = await loadProgramToManageParticipants(ctx, em, input.programId);
    const { program, today } = loaded;
    const organization = await loadActiveOrganization(
      em,
      organizationId,
      input.organizationId,
      'organizationId',
    );
    const existing = currentParticipants(loaded).find((p) => p.organization.id === organizationId);
    if (existing) {
      throw conflict(`${organization.name} already takes part as ${existing.role}`, {
        field: 'organizationId',
      });
    }
    const participant = em.create(ProgramParticipant, {
      program,
      organization,
      role: input.role,
      joinedOn: input.joinedOn ?? today,
    });
    await em.flush();
    await publishProgramChanged(em, program.id, 'PARTICIPANT_ADDED');
    return { participant, program };
  });
}
