import type { Context } from '../../../core/context.js';
import { badInput } from '../../../core/errors.js';
import { authorize } from '../../../core/policy.js';
import { assertDateOrder } from '../../../core/scalars.js';
import { inTransaction } from '../../../core/transaction.js';
import { ProgramObjective } from '../objective.entity.js';
import type { CoordinationProgram } from '../program.entity.js';
import type { SetProgramObjectiveInput } from '../program.inputs.js';
import { programPolicy } from '../program.policy.js';
import { assertOpen, loadProgramForUpdate } from './load.js';
import { publishProgramChanged } from './publish.js';

/**
 * Sets a measurable objective of a program, by key: creates it, or updates
 * the one with that key (its recorded values stay). The target must be
 * greater than 0; the target date must not be before the program starts.
 */
export async function setProgramObjective(
  ctx: Context,
  input: SetProgramObjectiveInput,
): Promise<{ objective: ProgramObjective; program: CoordinationProgram }> {
  const { key, title, unit } = input;
  if (!Number.isFinite(input.target) || input.target <= 0) {
    throw badInput('target', 'target must be greater than 0');
  }
  return inTransaction(ctx, async (em) => {
    const { program, view } = await loadProgramForUpdate(em, input.programId);
    await authorize(ctx, programPolicy, 'update', view);
    assertOpen(program);
    if (program.startsOn && input.targetDate)
      assertDateOrder(program.startsOn, input.targetDate, 'targetDate');
    // The program row is locked, so two calls with one new key cannot both create it.
    let objective = await em.findOne(ProgramObjective, { program: program.id, key });
    if (objective) {
      objective.title = title;
      objective.unit = unit;
      objective.target = input.target;
      objective.targetDate = input.targetDate ?? null;
    } else {
      objective = em.create(ProgramObjective, {
        program,
        key,
        title,
        unit,
        target: input.target,
        targetDate: input.targetDate ?? null,
        position: await em.count(ProgramObjective, { program: program.id }),
      });
    }
    await em.flush();
    await publishProgramChanged(em, program.id, 'OBJECTIVE_SET');
    return { objective, program };
  });
}
