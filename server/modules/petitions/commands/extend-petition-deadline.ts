import type { Context } from '../../../core/context.js';
import { conflict } from '../../../core/errors.js';
import { inTransaction } from '../../../core/transaction.js';
import { addDays, PETITION_TIME_LIMITS } from '../petition.deadlines.js';
import type { Petition } from '../petition.entity.js';
import type { PetitionStepInput } from '../petition.inputs.js';
import { OPEN_WITH_DEADLINE } from '../petition.status.js';
import { loadPetitionToChange } from './load.js';
import { publishPetitionChanged } from './publish.js';

/**
 * Extends the time limit of an accepted, open petition by the kind's
 * extension (`PETITION_TIME_LIMITS`: a denunciation once, by 30 days).
 * CONFLICT when the kind allows none, or none is left.
 */
export async function extendPetitionDeadline(ctx: Context, input: PetitionStepInput): Promise<Petition> {
  return inTransaction(ctx, async (em) => {
    const { petition, view } = await loadPetitionToChange(ctx, em, input, 'handle');
    const limit = PETITION_TIME_LIMITS[petition.kind];
    if (!OPEN_WITH_DEADLINE.includes(petition.status) || !petition.dueOn) {
      throw conflict(`a ${petition.status} petition has no time limit to extend`, { field: 'status' });
    }
    if (petition.extensions >= limit.extensions) {
      throw conflict(
        limit.extensions
          ? `the time limit of a ${petition.kind} can be extended ${limit.extensions} time(s) only`
          : `the time limit of a ${petition.kind} cannot be extended`,
        { field: 'extensions' },
      );
    }
    petition.dueOn = addDays(petition.dueOn, limit.extensionDays);
    petition.extensions += 1;
    await em.flush();
    publishPetitionChanged(em, petition.id, view.handlerIds, 'EXTENDED');
    return petition;
  });
}
