import { ref } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { badInput } from '../../../core/errors.js';
import { todayInVietnam } from '../../../core/scalars.js';
import { inTransaction } from '../../../core/transaction.js';
import { type Petition, PetitionHandler, PetitionStatus } from '../petition.entity.js';
import type { TransferPetitionInput } from '../petition.inputs.js';
import { assertTransition } from '../petition.status.js';
import { assertActive, loadOrganization, loadPetitionToChange } from './load.js';
import { publishPetitionChanged } from './publish.js';

/**
 * Transfers an open petition to another organization, which handles it from
 * now on (and reads its petitioner; the previous handlers keep seeing the
 * petition, not the petitioner). The chain of handlers keeps a row per
 * organization; the new handler classifies it again. Who may: COORDINATOR on
 * the current handler. The target must be ACTIVE (CONFLICT when merged or
 * dissolved) and not the current handler.
 */
export async function transferPetition(ctx: Context, input: TransferPetitionInput): Promise<Petition> {
  return inTransaction(ctx, async (em) => {
    const { petition, view } = await loadPetitionToChange(ctx, em, input, 'transfer');
    assertTransition(petition.status, PetitionStatus.TRANSFERRED);
    const target = await loadOrganization(em, input.toOrganizationId, 'toOrganizationId');
    if (target.id === view.handler.id) {
      throw badInput('toOrganizationId', 'the petition is already handled by this organization');
    }
    assertActive(target, 'toOrganizationId');
    const today = todayInVietnam();
    const current = await em.findOne(PetitionHandler, {
      petition: petition.id,
      organization: view.handler.id,
      endedOn: null,
    });
    if (current) current.endedOn = today;
    em.create(PetitionHandler, {
      petition,
      organization: target,
      startedOn: today,
      note: input.note ?? null,
    });
    petition.handler = ref(target);
    petition.status = PetitionStatus.TRANSFERRED;
    petition.withinJurisdiction = null;
    petition.acceptedOn = null;
    petition.dueOn = null;
    petition.extensions = 0;
    await em.flush();
    publishPetitionChanged(em, petition.id, [...view.handlerIds, target.id], 'TRANSFERRED', target.id);
    return petition;
  });
}
