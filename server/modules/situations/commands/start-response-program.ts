import { ref } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { conflict } from '../../../core/errors.js';
import { toGlobalId } from '../../../core/ids.js';
import { authorize } from '../../../core/policy.js';
import { cleanName } from '../../../core/text.js';
import { inTransaction } from '../../../core/transaction.js';
import { createProgram } from '../../programs/commands/create-program.js';
import { ParticipantRole } from '../../programs/participant.entity.js';
import { type CoordinationProgram, ProgramKind } from '../../programs/program.entity.js';
import { type ComplexSituation, SituationStatus } from '../situation.entity.js';
import type { StartResponseProgramInput } from '../situation.inputs.js';
import { situationPolicy } from '../situation.policy.js';
import { loadSituationToChange } from './load.js';
import { publishComplexSituationChanged } from './publish.js';

/**
 * Starts a response program (RESPONSE_PLAN) from a complex situation in one
 * step: the situation's `startResponseProgram` rule, then the programs
 * module's `createProgram` in the same unit of work (its own checks and
 * rule), owned by the opening organization as LEAD with the handling
 * organizations as PARTNERs. Once per situation, not once RESOLVED (CONFLICT).
 */
export async function startResponseProgram(
  ctx: Context,
  input: StartResponseProgramInput,
): Promise<{ situation: ComplexSituation; program: CoordinationProgram }> {
  return inTransaction(ctx, async (em) => {
    const { situation, view } = await loadSituationToChange(em, input.situationId);
    await authorize(ctx, situationPolicy, 'startResponseProgram', view);
    if (situation.responseProgram)
      throw conflict('a response program was already started', { field: 'situationId' });
    if (situation.status === SituationStatus.RESOLVED) {
      throw conflict('the situation is resolved', { field: 'situationId' });
    }
    const owner = toGlobalId('Organization', view.organizationId);
    const program = await createProgram(ctx, {
      kind: ProgramKind.RESPONSE_PLAN,
      code: input.code,
      title: input.title ?? cleanName(`Phương án xử lý: ${situation.title}`, 'title', 500),
      description: situation.description,
      startsOn: input.startsOn ?? situation.openedOn,
      endsOn: input.endsOn ?? null,
      ownerOrganizationId: owner,
      participants: [
        { organizationId: owner, role: ParticipantRole.LEAD },
        ...view.handlerIds
          .filter((id) => id !== view.organizationId)
          .map((id) => ({ organizationId: toGlobalId('Organization', id), role: ParticipantRole.PARTNER })),
      ],
    });
    situation.responseProgram = ref(program);
    await em.flush();
    publishComplexSituationChanged(em, view, 'RESPONSE_STARTED');
    return { situation, program };
  });
}
