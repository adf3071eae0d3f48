import type { Context } from '../../../core/context.js';
import { badInput } from '../../../core/errors.js';
import { todayInVietnam } from '../../../core/scalars.js';
import { inTransaction } from '../../../core/transaction.js';
import { dueOnFor } from '../petition.deadlines.js';
import { type Petition, PetitionStatus } from '../petition.entity.js';
import type { ClassifyPetitionInput } from '../petition.inputs.js';
import { assertTransition } from '../petition.status.js';
import { assertDayInRange, loadPetitionToChange } from './load.js';
import { publishPetitionChanged } from './publish.js';

/**
 * Classifies a RECEIVED (or newly TRANSFERRED) petition: within the handling
 * organization's jurisdiction or not, complex or not. Within jurisdiction it
 * is accepted ("thụ lý") on `acceptedOn` and gets its time limit
 * (`PETITION_TIME_LIMITS`); outside it has none (transfer or file it).
 */
export async function classifyPetition(ctx: Context, input: ClassifyPetitionInput): Promise<Petition> {
  if (!input.withinJurisdiction && input.acceptedOn) {
    throw badInput('acceptedOn', 'only a petition within jurisdiction is accepted');
  }
  return inTransaction(ctx, async (em) => {
    const { petition, view } = await loadPetitionToChange(ctx, em, input, 'handle');
    assertTransition(petition.status, PetitionStatus.CLASSIFIED);
    const complex = input.complex ?? false;
    const acceptedOn = input.withinJurisdiction ? (input.acceptedOn ?? todayInVietnam()) : null;
    if (acceptedOn) assertDayInRange(acceptedOn, petition.receivedOn, 'acceptedOn');
    petition.status = PetitionStatus.CLASSIFIED;
    petition.withinJurisdiction = input.withinJurisdiction;
    petition.complex = complex;
    petition.acceptedOn = acceptedOn;
    petition.dueOn = acceptedOn ? dueOnFor(petition.kind, acceptedOn, complex) : null;
    petition.extensions = 0;
    await em.flush();
    publishPetitionChanged(em, petition.id, view.handlerIds, 'CLASSIFIED');
    return petition;
  });
}
