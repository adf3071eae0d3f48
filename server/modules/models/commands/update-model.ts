import type { Context } from '../../../core/context.js';
import { changedDetails } from '../../../core/details.js';
import { atVersion, authorizeAtVersion } from '../../../core/policy.js';
import { foldForSearch } from '../../../core/text.js';
import { inTransaction } from '../../../core/transaction.js';
import type { MassMobilizationModel } from '../model.entity.js';
import type { UpdateModelInput } from '../model.inputs.js';
import { modelPolicy } from '../model.policy.js';
import { loadModelToChange } from './load.js';
import { publishModelChanged } from './publish.js';

/**
 * Edits a model's details — name, field, description — under optimistic
 * locking (CONFLICT when stale); needs COORDINATOR on the owner. The audit
 * log records the change; nothing changed: the version stays, no event.
 */
export async function updateModel(ctx: Context, input: UpdateModelInput): Promise<MassMobilizationModel> {
  return inTransaction(ctx, async (em) => {
    const { model, view } = await loadModelToChange(em, input.modelId);
    await authorizeAtVersion(
      ctx,
      modelPolicy,
      'update',
      view,
      atVersion(model, input.expectedVersion, 'model'),
    );
    const changed = changedDetails(model, input, ['name', 'field', 'description'], ['name', 'field']);
    if (!Object.keys(changed).length) return model;
    Object.assign(model, changed);
    if (changed.name) model.searchKey = foldForSearch(changed.name);
    await em.flush();
    publishModelChanged(em, view, 'UPDATED');
    return model;
  });
}
