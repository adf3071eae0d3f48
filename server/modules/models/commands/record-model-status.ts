import type { Context } from '../../../core/context.js';
import { badInput, notFound } from '../../../core/errors.js';
import { optionalGlobalId } from '../../../core/ids.js';
import { authorize, atVersion, authorizeAtVersion } from '../../../core/policy.js';
import { inTransaction } from '../../../core/transaction.js';
import { loadModelAccessViews } from '../model.access.js';
import { MassMobilizationModel, ModelStatus, ModelYearStatus } from '../model.entity.js';
import type { RecordModelStatusInput } from '../model.inputs.js';
import { modelPolicy } from '../model.policy.js';
import { assertNotBeforeRegistration, loadModelToChange } from './load.js';
import { publishModelChanged } from './publish.js';

/**
 * Records a model's status for a year (replacing one already recorded for
 * that year), under optimistic locking. The year may not be before the year
 * registered; REPLICATED names the replica (another model the viewer may
 * read), other statuses name none. The latest year's status becomes the
 * model's `latestStatus`.
 */
export async function recordModelStatus(
  ctx: Context,
  input: RecordModelStatusInput,
): Promise<{ model: MassMobilizationModel; status: ModelYearStatus }> {
  const replicated = input.status === ModelStatus.REPLICATED;
  if (replicated && !input.replicaModelId) {
    throw badInput('replicaModelId', 'a REPLICATED status names the replica');
  }
  if (!replicated && input.replicaModelId) {
    throw badInput('replicaModelId', 'only a REPLICATED status names a replica');
  }
  const replicaId = optionalGlobalId(input.replicaModelId, 'MassMobilizationModel', 'replicaModelId');
  return inTransaction(ctx, async (em) => {
    const { model, view } = await loadModelToChange(em, input.modelId);
    await authorizeAtVersion(
      ctx,
      modelPolicy,
      'recordStatus',
      view,
      atVersion(model, input.expectedVersion, 'model'),
    );
    assertNotBeforeRegistration(model, input.year, 'year');
    let replica: MassMobilizationModel | null = null;
    if (replicaId) {
      if (replicaId === model.id) throw badInput('replicaModelId', 'a model is not its own replica');
      const replicaView = (await loadModelAccessViews(em, [replicaId])).get(replicaId);
      if (!replicaView) throw notFound('MassMobilizationModel', input.replicaModelId ?? undefined);
      await authorize(ctx, modelPolicy, 'read', replicaView);
      replica = em.getReference(MassMobilizationModel, replicaId);
    }
    const note = input.note ?? null;
    let status = await em.findOne(ModelYearStatus, { model, year: input.year });
    if (status) Object.assign(status, { status: input.status, replica, note });
    else
      status = em.create(ModelYearStatus, { model, year: input.year, status: input.status, replica, note });
    if (input.year >= model.latestYear) {
      model.latestYear = input.year;
      model.latestStatus = input.status;
    }
    // A change of an earlier year still changes the model's record: its version moves on.
    model.updatedAt = new Date();
    await em.flush();
    publishModelChanged(em, view, 'STATUS_RECORDED');
    return { model, status };
  });
}
