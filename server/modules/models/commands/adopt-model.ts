import { LockMode } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { conflict, notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { authorize } from '../../../core/policy.js';
import { inTransaction } from '../../../core/transaction.js';
import { Organization, OrganizationStatus } from '../../organizations/organization.entity.js';
import { type MassMobilizationModel, ModelAdoption } from '../model.entity.js';
import type { AdoptModelInput } from '../model.inputs.js';
import { modelPolicy } from '../model.policy.js';
import { assertNotBeforeRegistration, loadModelToChange } from './load.js';
import { publishModelChanged } from './publish.js';

/**
 * Records that an organization (a commune's) has adopted a model since a
 * date (not before the year the model was registered): the model's owner
 * keeps the list ("166 of 200 communes"). The organization must be ACTIVE
 * and adopts a model once (CONFLICT otherwise); it may read the model from then on.
 */
export async function adoptModel(
  ctx: Context,
  input: AdoptModelInput,
): Promise<{ adoption: ModelAdoption; model: MassMobilizationModel }> {
  const organizationId = fromGlobalId(input.organizationId, 'Organization', 'organizationId');
  return inTransaction(ctx, async (em) => {
    const { model, view } = await loadModelToChange(em, input.modelId);
    await authorize(ctx, modelPolicy, 'adopt', view);
    assertNotBeforeRegistration(model, input.adoptedOn, 'adoptedOn');
    const organization = await em.findOne(Organization, organizationId, {
      lockMode: LockMode.PESSIMISTIC_READ,
    });
    if (!organization) throw notFound('Organization', input.organizationId);
    if (organization.status !== OrganizationStatus.ACTIVE) {
      throw conflict(`${organization.name} is ${organization.status.toLowerCase()}, not active`, {
        field: 'organizationId',
      });
    }
    if (view.adopterIds.includes(organizationId)) {
      throw conflict(`${organization.name} has already adopted this model`, { field: 'organizationId' });
    }
    const adoption = em.create(ModelAdoption, { model, organization, adoptedOn: input.adoptedOn });
    await em.flush();
    publishModelChanged(em, { ...view, adopterIds: [...view.adopterIds, organizationId] }, 'ADOPTED');
    return { adoption, model };
  });
}
