import type { Context } from '../../../core/context.js';
import { changedDetails } from '../../../core/details.js';
import { foldForSearch } from '../../../core/text.js';
import { inTransaction } from '../../../core/transaction.js';
import type { Petition } from '../petition.entity.js';
import type { UpdatePetitionDetailsInput } from '../petition.inputs.js';
import { loadPetitionToChange } from './load.js';
import { publishPetitionChanged } from './publish.js';

/**
 * Corrects a petition's subject or summary (MEMBER on the organization
 * handling it), under optimistic locking. The subject's search key follows
 * (repeat detection compares it); the petitioner is not a detail edited here.
 * Nothing changed: the version stays, no event.
 */
export async function updatePetitionDetails(
  ctx: Context,
  input: UpdatePetitionDetailsInput,
): Promise<Petition> {
  return inTransaction(ctx, async (em) => {
    const { petition, view } = await loadPetitionToChange(ctx, em, input, 'handle');
    const changed = changedDetails(petition, input, ['subject', 'summary'], ['subject']);
    if (!Object.keys(changed).length) return petition;
    Object.assign(petition, changed);
    if (changed.subject) petition.subjectKey = foldForSearch(changed.subject);
    await em.flush();
    publishPetitionChanged(em, petition.id, view.handlerIds, 'UPDATED');
    return petition;
  });
}
