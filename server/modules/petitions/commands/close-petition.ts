import type { Context } from '../../../core/context.js';
import { todayInVietnam } from '../../../core/scalars.js';
import { inTransaction } from '../../../core/transaction.js';
import { type Petition, PetitionStatus } from '../petition.entity.js';
import type { ClosePetitionInput } from '../petition.inputs.js';
import { assertTransition } from '../petition.status.js';
import { assertDayInRange, loadPetitionToChange } from './load.js';
import { publishPetitionChanged } from './publish.js';

/** Closes an open petition as WITHDRAWN or FILED_NO_ACTION, with the reason and the day. */
async function closePetition(
  ctx: Context,
  input: ClosePetitionInput,
  status: typeof PetitionStatus.WITHDRAWN | typeof PetitionStatus.FILED_NO_ACTION,
): Promise<Petition> {
  return inTransaction(ctx, async (em) => {
    const { petition, view } = await loadPetitionToChange(ctx, em, input, 'handle');
    assertTransition(petition.status, status);
    const closedOn = input.closedOn ?? todayInVietnam();
    assertDayInRange(closedOn, petition.receivedOn, 'closedOn');
    petition.status = status;
    petition.closingReason = input.reason;
    petition.closedOn = closedOn;
    await em.flush();
    publishPetitionChanged(em, petition.id, view.handlerIds, status);
    return petition;
  });
}

/** The petitioner withdrew the petition (rút đơn). Final. */
export const withdrawPetition = (ctx: Context, input: ClosePetitionInput): Promise<Petition> =>
  closePetition(ctx, input, PetitionStatus.WITHDRAWN);

/** Filed without action (lưu đơn): anonymous, unfounded or already settled. Final. */
export const filePetitionNoAction = (ctx: Context, input: ClosePetitionInput): Promise<Petition> =>
  closePetition(ctx, input, PetitionStatus.FILED_NO_ACTION);
