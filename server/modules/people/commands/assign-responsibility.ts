import type { Context } from '../../../core/context.js';
import { badInput } from '../../../core/errors.js';
import { fromGlobalId, optionalGlobalId } from '../../../core/ids.js';
import { assertDateOrder } from '../../../core/scalars.js';
import { inTransaction } from '../../../core/transaction.js';
import { Responsibility } from '../responsibility.entity.js';
import type { AssignResponsibilityInput } from '../responsibility.inputs.js';
import { authorize } from '../../../core/policy.js';
import { organizationPolicy } from '../../organizations/organization.policy.js';
import { areaResponsibilityPolicy } from '../people.policy.js';
import { assertActive, loadArea, loadAreaView, loadOrganizationToChange, loadPerson } from './load.js';

/**
 * Puts a person in charge of a field of work ("phân công phụ trách") for
 * exactly one of an ACTIVE organization or an area, for a term.
 */
export async function assignResponsibility(
  ctx: Context,
  input: AssignResponsibilityInput,
): Promise<Responsibility> {
  const personId = fromGlobalId(input.personId, 'Person', 'personId');
  if (Boolean(input.organizationId) === Boolean(input.areaId)) {
    throw badInput('organizationId', 'give exactly one of organizationId and areaId');
  }
  const organizationId = optionalGlobalId(input.organizationId, 'Organization', 'organizationId');
  const areaId = optionalGlobalId(input.areaId, 'AdministrativeArea', 'areaId');
  const note = input.note ?? null;
  assertDateOrder(input.startsOn, input.endsOn, 'endsOn');
  return inTransaction(ctx, async (em) => {
    const person = await loadPerson(em, personId, input.personId);
    const organization = organizationId
      ? await loadOrganizationToChange(em, organizationId, input.organizationId as string)
      : null;
    if (organization) {
      await authorize(ctx, organizationPolicy, 'manageMembers', organization);
      assertActive(organization, 'organizationId');
    }
    const area = areaId ? await loadArea(em, areaId, input.areaId as string) : null;
    if (area)
      await authorize(
        ctx,
        areaResponsibilityPolicy,
        'manageResponsibilities',
        await loadAreaView(em, area.id),
      );
    const responsibility = em.create(Responsibility, {
      person,
      field: input.field,
      organization,
      area,
      note,
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
    });
    await em.flush();
    return responsibility;
  });
}
