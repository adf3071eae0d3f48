import type { Context } from '../../../core/context.js';
import { conflict } from '../../../core/errors.js';
import { inTransaction } from '../../../core/transaction.js';
import { type Petition, PetitionStatus } from '../petition.entity.js';
import type { PetitionStepInput } from '../petition.inputs.js';
import { assertTransition } from '../petition.status.js';
import { loadPetitionToChange } from './load.js';
import { publishPetitionChanged } from './publish.js';

/** Starts settling a CLASSIFIED petition within jurisdiction (IN_PROGRESS). */
export async function startHandlingPetition(ctx: Context, input: PetitionStepInput): Promise<Petition> {
  return inTransaction(ctx, async (em) => {
    const { petition, view } = await loadPetitionToChange(ctx, em, input, 'handle');
    assertTransition(petition.status, PetitionStatus.IN_PROGRESS);
    if (!petition.withinJurisdiction) {
      throw conflict('the petition is outside the jurisdiction: transfer or file it', {
        field: 'withinJurisdiction',
      });
    }
    petition.status = PetitionStatus.IN_PROGRESS;
    await em.flush();
    publishPetitionChanged(em, petition.id, view.handlerIds, 'STARTED');
    return petition;
  });
}
