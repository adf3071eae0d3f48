import { LockMode } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { conflict, notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { assertDateOrder, todayInVietnam } from '../../../core/scalars.js';
import { inTransaction } from '../../../core/transaction.js';
import { Organization } from '../../organizations/organization.entity.js';
import { authorize } from '../../../core/policy.js';
import { organizationPolicy } from '../../organizations/organization.policy.js';
import { areaResponsibilityPolicy } from '../people.policy.js';
import { loadAreaView } from './load.js';
import { Responsibility } from '../responsibility.entity.js';
import type { EndResponsibilityInput } from '../responsibility.inputs.js';

/**
 * Ends a responsibility's term on `endsOn` (its last day). Same rule as
 * `endPosition`: a planned end may move, a term already over is a CONFLICT.
 */
export async function endResponsibility(
  ctx: Context,
  input: EndResponsibilityInput,
): Promise<Responsibility> {
  const id = fromGlobalId(input.responsibilityId, 'Responsibility', 'responsibilityId');
  return inTransaction(ctx, async (em) => {
    const responsibility = await em.findOne(Responsibility, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!responsibility) throw notFound('Responsibility', input.responsibilityId);
    if (responsibility.organization) {
      const organization = await em.findOneOrFail(Organization, responsibility.organization.id);
      await authorize(ctx, organizationPolicy, 'manageMembers', organization);
    } else if (responsibility.area) {
      await authorize(
        ctx,
        areaResponsibilityPolicy,
        'manageResponsibilities',
        await loadAreaView(em, responsibility.area.id),
      );
    }
    if (responsibility.endsOn !== null && responsibility.endsOn < todayInVietnam()) {
      throw conflict(`the responsibility already ended on ${responsibility.endsOn}`, {
        field: 'responsibilityId',
      });
    }
    assertDateOrder(responsibility.startsOn, input.endsOn, 'endsOn');
    responsibility.endsOn = input.endsOn;
    await em.flush();
    return responsibility;
  });
}
