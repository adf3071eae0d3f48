import type { Context } from '../../../core/context.js';
import { inTransaction } from '../../../core/transaction.js';
import { type Petition, PetitionStatus } from '../petition.entity.js';
import type { ResolvePetitionInput } from '../petition.inputs.js';
import { assertTransition } from '../petition.status.js';
import { assertDayInRange, loadPetitionToChange } from './load.js';
import { publishPetitionChanged } from './publish.js';

/** Resolves a petition IN_PROGRESS, with the outcome and the day (both required). */
export async function resolvePetition(ctx: Context, input: ResolvePetitionInput): Promise<Petition> {
  return inTransaction(ctx, async (em) => {
    const { petition, view } = await loadPetitionToChange(ctx, em, input, 'handle');
    assertTransition(petition.status, PetitionStatus.RESOLVED);
    assertDayInRange(input.resolvedOn, petition.receivedOn, 'resolvedOn');
    petition.status = PetitionStatus.RESOLVED;
    petition.outcome = input.outcome;
    petition.closedOn = input.resolvedOn;
    await em.flush();
    publishPetitionChanged(em, petition.id, view.handlerIds, 'RESOLVED');
    return petition;
  });
}
