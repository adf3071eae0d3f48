import type { Context } from '../../../core/context.js';
import { changedDetails } from '../../../core/details.js';
import { foldForSearch } from '../../../core/text.js';
import { inTransaction } from '../../../core/transaction.js';
import type { ComplexSituation } from '../situation.entity.js';
import type { UpdateComplexSituationInput } from '../situation.inputs.js';
import { loadSituationAtVersion } from './load.js';
import { publishComplexSituationChanged } from './publish.js';

/**
 * Edits a complex situation's details — title, category, description — under
 * optimistic locking (CONFLICT when stale); needs COORDINATOR on the opening
 * organization. Severity and status have their own commands (escalate,
 * change status). Nothing changed: the version stays, no event.
 */
export async function updateComplexSituation(
  ctx: Context,
  input: UpdateComplexSituationInput,
): Promise<ComplexSituation> {
  return inTransaction(ctx, async (em) => {
    const { situation, view } = await loadSituationAtVersion(ctx, em, input, 'update');
    const changed = changedDetails(
      situation,
      input,
      ['title', 'category', 'description'],
      ['title', 'category'],
    );
    if (!Object.keys(changed).length) return situation;
    Object.assign(situation, changed);
    if (changed.title) situation.searchKey = foldForSearch(changed.title);
    await em.flush();
    publishComplexSituationChanged(em, view, 'UPDATED');
    return situation;
  });
}
