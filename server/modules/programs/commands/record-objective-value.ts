import type { Context } from '../../../core/context.js';
import { badInput, notFound } from '../../../core/errors.js';
import { authorize } from '../../../core/policy.js';
import { todayInVietnam } from '../../../core/scalars.js';
import { inTransaction } from '../../../core/transaction.js';
import { User } from '../../users/user.entity.js';
import { ObjectiveValue, ProgramObjective } from '../objective.entity.js';
import type { RecordObjectiveValueInput } from '../program.inputs.js';
import { programPolicy } from '../program.policy.js';
import { assertOpen, loadProgramForUpdate } from './load.js';
import { publishProgramChanged } from './publish.js';

/**
 * Records the value an objective reached on a date ("166 on 2022-12-31").
 * The date defaults to today, must not be in the future nor before the
 * program starts. A COMPLETED program still takes its final values; a
 * CANCELLED one does not (CONFLICT). NOT_FOUND for an unknown objective key.
 */
export async function recordObjectiveValue(
  ctx: Context,
  input: RecordObjectiveValueInput,
): Promise<{ value: ObjectiveValue; objective: ProgramObjective }> {
  const key = input.objectiveKey;
  const note = input.note ?? null;
  const recordedOn = input.recordedOn ?? todayInVietnam();
  if (recordedOn > todayInVietnam()) throw badInput('recordedOn', 'recordedOn must not be in the future');
  if (!Number.isFinite(input.value)) throw badInput('value', 'value must be a finite number');
  return inTransaction(ctx, async (em) => {
    const { program, view } = await loadProgramForUpdate(em, input.programId);
    await authorize(ctx, programPolicy, 'update', view);
    assertOpen(program, true);
    const objective = await em.findOne(ProgramObjective, { program: program.id, key });
    if (!objective) throw notFound('ProgramObjective', key);
    if (program.startsOn && recordedOn < program.startsOn) {
      throw badInput('recordedOn', `recordedOn must not be before the program starts (${program.startsOn})`);
    }
    const userId = ctx.viewer?.userId ?? null;
    const value = em.create(ObjectiveValue, {
      objective,
      value: input.value,
      recordedOn,
      note,
      recordedBy: userId ? em.getReference(User, userId, { wrapped: true }) : null,
    });
    await em.flush();
    await publishProgramChanged(em, program.id, 'OBJECTIVE_VALUE_RECORDED');
    return { value, objective };
  });
}
