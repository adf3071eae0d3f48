import type { Context } from '../../../core/context.js';
import { conflict, notFound } from '../../../core/errors.js';
import { fromGlobalId, optionalGlobalId } from '../../../core/ids.js';
import { inTransaction } from '../../../core/transaction.js';
import { AdministrativeArea } from '../../areas/area.entity.js';
import { Organization, OrganizationStatus } from '../organization.entity.js';
import type { CreateOrganizationInput } from '../organization.inputs.js';
import { organizationSearchKey } from '../organization.repository.js';
import { publishOrganizationChanged } from './publish.js';
import { authorize } from '../../../core/policy.js';
import { organizationPolicy, topLevelOrganizationPolicy } from '../organization.policy.js';

/** Registers an organization in an area, optionally under a parent in its chain of command. */
export async function createOrganization(
  ctx: Context,
  input: CreateOrganizationInput,
): Promise<Organization> {
  const { code, name } = input;
  const shortName = input.shortName ?? null;
  const areaId = fromGlobalId(input.areaId, 'AdministrativeArea', 'areaId');
  const parentId = optionalGlobalId(input.parentId, 'Organization', 'parentId');
  return inTransaction(ctx, async (em, afterCommit) => {
    const area = await em.findOne(AdministrativeArea, areaId);
    if (!area) throw notFound('AdministrativeArea', input.areaId);
    const parent = parentId ? await em.findOne(Organization, parentId) : null;
    if (parentId && !parent) throw notFound('Organization', input.parentId ?? undefined);
    if (parent) await authorize(ctx, organizationPolicy, 'createChild', parent);
    else await authorize(ctx, topLevelOrganizationPolicy, 'createOrganization', {});
    if (parent && parent.status !== OrganizationStatus.ACTIVE) {
      throw conflict('the parent organization is not active', { field: 'parentId' });
    }
    if (await em.count(Organization, { code }))
      throw conflict(`an organization with code ${code} exists`, { field: 'code' });
    const organization = em.create(Organization, {
      code,
      name,
      shortName,
      searchKey: organizationSearchKey(name, shortName),
      kind: input.kind,
      area,
      parent,
      startedOn: input.startedOn ?? null,
    });
    await em.flush();
    afterCommit(() => publishOrganizationChanged(ctx, organization.id, 'CREATED'));
    return organization;
  });
}
