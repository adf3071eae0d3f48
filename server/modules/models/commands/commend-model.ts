import type { Context } from '../../../core/context.js';
import { notFound } from '../../../core/errors.js';
import { optionalGlobalId } from '../../../core/ids.js';
import { authorize } from '../../../core/policy.js';
import { inTransaction } from '../../../core/transaction.js';
import { LegalDocument } from '../../legal-documents/legal-document.entity.js';
import { ModelCommendation } from '../model.entity.js';
import type { CommendModelInput } from '../model.inputs.js';
import { modelPolicy } from '../model.policy.js';
import { assertNotBeforeRegistration, loadModelToChange } from './load.js';
import { publishModelChanged } from './publish.js';

/**
 * Records a commendation of a model: who, when (not before the year it was
 * registered), the decision number and, when recorded, the decision as a
 * legal document (legal documents are public acts).
 */
export async function commendModel(ctx: Context, input: CommendModelInput): Promise<ModelCommendation> {
  const documentId = optionalGlobalId(input.decisionDocumentId, 'LegalDocument', 'decisionDocumentId');
  return inTransaction(ctx, async (em) => {
    const { model, view } = await loadModelToChange(em, input.modelId);
    await authorize(ctx, modelPolicy, 'commend', view);
    assertNotBeforeRegistration(model, input.commendedOn, 'commendedOn');
    const document = documentId ? await em.findOne(LegalDocument, documentId) : null;
    if (documentId && !document) throw notFound('LegalDocument', input.decisionDocumentId ?? undefined);
    const commendation = em.create(ModelCommendation, {
      model,
      commendedBy: input.commendedBy,
      commendedOn: input.commendedOn,
      decisionNumber: input.decisionNumber,
      decisionDocument: document,
    });
    await em.flush();
    publishModelChanged(em, view, 'COMMENDED');
    return commendation;
  });
}
