import type { Context } from '../../../core/context.js';
import { authorize } from '../../../core/policy.js';
import { inTransaction } from '../../../core/transaction.js';
import { ModelEvidence } from '../model.entity.js';
import type { AddModelEvidenceInput } from '../model.inputs.js';
import { modelPolicy } from '../model.policy.js';
import { assertNotBeforeRegistration, loadModelToChange } from './load.js';
import { publishModelChanged } from './publish.js';

/** Adds an evidence note to a model, dated not before the year it was registered. */
export async function addModelEvidence(ctx: Context, input: AddModelEvidenceInput): Promise<ModelEvidence> {
  return inTransaction(ctx, async (em) => {
    const { model, view } = await loadModelToChange(em, input.modelId);
    await authorize(ctx, modelPolicy, 'addEvidence', view);
    assertNotBeforeRegistration(model, input.recordedOn, 'recordedOn');
    const evidence = em.create(ModelEvidence, { model, recordedOn: input.recordedOn, note: input.note });
    await em.flush();
    publishModelChanged(em, view, 'EVIDENCE_ADDED');
    return evidence;
  });
}
