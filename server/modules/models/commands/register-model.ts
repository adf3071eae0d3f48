import { LockMode } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { conflict, notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { authorize } from '../../../core/policy.js';
import { foldForSearch } from '../../../core/text.js';
import { inTransaction } from '../../../core/transaction.js';
import { AdministrativeArea } from '../../areas/area.entity.js';
import { Organization, OrganizationStatus } from '../../organizations/organization.entity.js';
import { MassMobilizationModel, ModelStatus, ModelYearStatus } from '../model.entity.js';
import type { RegisterModelInput } from '../model.inputs.js';
import { modelOrganizationPolicy } from '../model.policy.js';
import { publishModelChanged } from './publish.js';

/**
 * Registers a model for its owner organization (the viewer needs
 * COORDINATOR there; the owner must be ACTIVE), with status NEW in the year
 * registered.
 */
export async function registerModel(ctx: Context, input: RegisterModelInput): Promise<MassMobilizationModel> {
  const ownerId = fromGlobalId(input.ownerOrganizationId, 'Organization', 'ownerOrganizationId');
  const areaId = fromGlobalId(input.areaId, 'AdministrativeArea', 'areaId');
  return inTransaction(ctx, async (em) => {
    const owner = await em.findOne(Organization, ownerId, { lockMode: LockMode.PESSIMISTIC_READ });
    if (!owner) throw notFound('Organization', input.ownerOrganizationId);
    await authorize(ctx, modelOrganizationPolicy, 'registerModel', owner);
    if (owner.status !== OrganizationStatus.ACTIVE) {
      throw conflict(`${owner.name} is ${owner.status.toLowerCase()}, not active`, {
        field: 'ownerOrganizationId',
      });
    }
    const area = await em.findOne(AdministrativeArea, areaId);
    if (!area) throw notFound('AdministrativeArea', input.areaId);
    const model = em.create(MassMobilizationModel, {
      name: input.name,
      searchKey: foldForSearch(input.name),
      owner,
      area,
      level: input.level,
      field: input.field,
      yearRegistered: input.yearRegistered,
      description: input.description ?? null,
      latestStatus: ModelStatus.NEW,
      latestYear: input.yearRegistered,
    });
    em.create(ModelYearStatus, { model, year: input.yearRegistered, status: ModelStatus.NEW });
    await em.flush();
    publishModelChanged(em, { id: model.id, ownerId, adopterIds: [] }, 'REGISTERED');
    return model;
  });
}
