import type { Context } from '../../../core/context.js';
import { badInput, conflict } from '../../../core/errors.js';
import { authorizeStatusChange } from '../../../core/policy.js';
import { inTransaction } from '../../../core/transaction.js';
import { ParticipantRole } from '../participant.entity.js';
import { type CoordinationProgram, PROGRAM_TRANSITIONS, ProgramStatus } from '../program.entity.js';
import type { ChangeProgramStatusInput } from '../program.inputs.js';
import { programPolicy } from '../program.policy.js';
import { currentParticipants, loadProgramForUpdate } from './load.js';
import { publishProgramChanged } from './publish.js';

/** Statuses that need a reason (seed 002: a scheme suspended after review). */
const NEEDS_REASON: readonly ProgramStatus[] = [ProgramStatus.SUSPENDED, ProgramStatus.CANCELLED];

/**
 * Moves a program along its life-cycle (`PROGRAM_TRANSITIONS`: DRAFT → ACTIVE
 * ⇄ SUSPENDED → COMPLETED or CANCELLED), under optimistic locking. An illegal
 * transition is a CONFLICT; so is activating a program without a current
 * LEAD. Suspending and cancelling need a reason (BAD_USER_INPUT without),
 * kept as `statusReason`; other moves keep the reason given, or clear it.
 */
export async function changeProgramStatus(
  ctx: Context,
  input: ChangeProgramStatusInput,
): Promise<CoordinationProgram> {
  const reason = input.reason ?? null;
  if (NEEDS_REASON.includes(input.status) && !reason) {
    throw badInput('reason', `a reason is required to make a program ${input.status.toLowerCase()}`);
  }
  return inTransaction(ctx, async (em) => {
    const loaded = await loadProgramForUpdate(em, input.programId);
    const { program, view } = loaded;
    await authorizeStatusChange(ctx, programPolicy, view, {
      record: program,
      expectedVersion: input.expectedVersion,
      what: 'program',
      transitions: PROGRAM_TRANSITIONS,
      to: input.status,
    });
    if (
      input.status === ProgramStatus.ACTIVE &&
      !currentParticipants(loaded).some((p) => p.role === ParticipantRole.LEAD)
    ) {
      throw conflict('a program needs a current LEAD organization to be active', { field: 'status' });
    }
    program.status = input.status;
    program.statusReason = reason;
    await em.flush();
    await publishProgramChanged(em, program.id, 'STATUS_CHANGED');
    return program;
  });
}
