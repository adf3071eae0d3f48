import type { Context } from '../../../core/context.js';
import { conflict } from '../../../core/errors.js';
import { inTransaction } from '../../../core/transaction.js';
import { createTask } from '../../tasks/commands/create-task.js';
import type { Task } from '../../tasks/task.entity.js';
import { type Petition, PetitionTask } from '../petition.entity.js';
import type { CreatePetitionFollowUpTaskInput } from '../petition.inputs.js';
import { isClosed } from '../petition.status.js';
import { loadPetitionToChange } from './load.js';
import { publishPetitionChanged } from './publish.js';

/**
 * Spawns a task following an open petition up, with a lead agency: the
 * petition's `handle` rule first, then the tasks module's `createTask` in the
 * same transaction (its own parsing, checks and rule: COORDINATOR on the
 * lead). One audit record lists both; a refusal of either writes nothing.
 * CONFLICT on a closed petition (RESOLVED, WITHDRAWN, FILED_NO_ACTION).
 */
export async function createPetitionFollowUpTask(
  ctx: Context,
  input: CreatePetitionFollowUpTaskInput,
): Promise<{ petition: Petition; task: Task }> {
  return inTransaction(ctx, async (em) => {
    const target = { petitionId: input.petitionId, expectedVersion: null };
    const { petition, view } = await loadPetitionToChange(ctx, em, target, 'handle');
    if (isClosed(petition.status)) {
      throw conflict(`the petition is ${petition.status}: it takes no follow-up task`, { field: 'status' });
    }
    const task = await createTask(ctx, {
      title: input.title,
      description: input.description ?? null,
      priority: input.priority ?? null,
      dueOn: input.dueOn,
      lead: input.lead,
      coordinating: input.coordinating ?? null,
    });
    em.create(PetitionTask, { petition, task });
    await em.flush();
    publishPetitionChanged(em, petition.id, view.handlerIds, 'FOLLOW_UP_TASK');
    return { petition, task };
  });
}
