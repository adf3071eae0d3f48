import type { Context } from '../../../core/context.js';
import { notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { authorize } from '../../../core/policy.js';
import { foldForSearch } from '../../../core/text.js';
import { inTransaction } from '../../../core/transaction.js';
import { AdministrativeArea } from '../../areas/area.entity.js';
import { loadNamedActiveOrganization } from '../../programs/commands/load.js';
import { ComplexSituation, SituationHandler } from '../situation.entity.js';
import type { OpenComplexSituationInput } from '../situation.inputs.js';
import { situationOrganizationPolicy } from '../situation.policy.js';
import { loadHandlingOrganizations } from './load.js';
import { publishSituationChanged } from './publish.js';

/**
 * Opens a complex situation (EMERGING) in an organization's name (the viewer
 * needs COORDINATOR there), in an area, with the organizations handling it;
 * their role holders are notified (`situation.events.ts`).
 */
export async function openComplexSituation(
  ctx: Context,
  input: OpenComplexSituationInput,
): Promise<ComplexSituation> {
  const areaId = fromGlobalId(input.areaId, 'AdministrativeArea', 'areaId');
  return inTransaction(ctx, async (em) => {
    const organization = await loadNamedActiveOrganization(em, input.organizationId, 'organizationId');
    await authorize(ctx, situationOrganizationPolicy, 'openComplexSituation', organization);
    const area = await em.findOne(AdministrativeArea, areaId);
    if (!area) throw notFound('AdministrativeArea', input.areaId);
    const handlers = await loadHandlingOrganizations(
      em,
      input.handlingOrganizationIds ?? [],
      'handlingOrganizationIds',
    );
    const situation = em.create(ComplexSituation, {
      organization,
      title: input.title,
      description: input.description ?? null,
      searchKey: foldForSearch(input.title),
      category: input.category,
      severity: input.severity,
      area,
      openedOn: input.openedOn,
    });
    for (const handler of handlers) em.create(SituationHandler, { situation, organization: handler });
    await em.flush();
    const concerned = [organization.id, ...handlers.map((h) => h.id)];
    publishSituationChanged(em, 'ComplexSituation', situation.id, concerned, 'OPENED');
    return situation;
  });
}
