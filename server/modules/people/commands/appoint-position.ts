import type { Context } from '../../../core/context.js';
import { fromGlobalId } from '../../../core/ids.js';
import { assertDateOrder } from '../../../core/scalars.js';
import { inTransaction } from '../../../core/transaction.js';
import { Position } from '../position.entity.js';
import type { AppointPositionInput } from '../position.inputs.js';
import { authorize } from '../../../core/policy.js';
import { organizationPolicy } from '../../organizations/organization.policy.js';
import { assertActive, loadOrganizationToChange, loadPerson } from './load.js';

/**
 * Appoints a person to a position in an ACTIVE organization (kiêm nhiệm:
 * a person may hold several at once). CONFLICT when the organization was
 * merged or dissolved.
 */
export async function appointPosition(ctx: Context, input: AppointPositionInput): Promise<Position> {
  const personId = fromGlobalId(input.personId, 'Person', 'personId');
  const organizationId = fromGlobalId(input.organizationId, 'Organization', 'organizationId');
  const title = input.title;
  assertDateOrder(input.startsOn, input.endsOn, 'endsOn');
  return inTransaction(ctx, async (em) => {
    const person = await loadPerson(em, personId, input.personId);
    const organization = await loadOrganizationToChange(em, organizationId, input.organizationId);
    await authorize(ctx, organizationPolicy, 'manageMembers', organization);
    assertActive(organization, 'organizationId');
    const position = em.create(Position, {
      person,
      organization,
      title,
      isHead: input.isHead ?? false,
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
    });
    await em.flush();
    return position;
  });
}
