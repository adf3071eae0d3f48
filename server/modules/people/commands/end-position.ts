import { LockMode } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { conflict, notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { assertDateOrder, todayInVietnam } from '../../../core/scalars.js';
import { inTransaction } from '../../../core/transaction.js';
import { Organization } from '../../organizations/organization.entity.js';
import { authorize } from '../../../core/policy.js';
import { organizationPolicy } from '../../organizations/organization.policy.js';
import { Position } from '../position.entity.js';
import type { EndPositionInput } from '../position.inputs.js';

/**
 * Ends a position's term on `endsOn` (its last day). A term whose recorded
 * end is still ahead (a planned end) may be ended earlier or later; one that
 * is already over is a CONFLICT.
 */
export async function endPosition(ctx: Context, input: EndPositionInput): Promise<Position> {
  const id = fromGlobalId(input.positionId, 'Position', 'positionId');
  return inTransaction(ctx, async (em) => {
    const position = await em.findOne(Position, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!position) throw notFound('Position', input.positionId);
    const organization = await em.findOneOrFail(Organization, position.organization.id);
    await authorize(ctx, organizationPolicy, 'manageMembers', organization);
    if (position.endsOn !== null && position.endsOn < todayInVietnam()) {
      throw conflict(`the position already ended on ${position.endsOn}`, { field: 'positionId' });
    }
    assertDateOrder(position.startsOn, input.endsOn, 'endsOn');
    position.endsOn = input.endsOn;
    await em.flush();
    return position;
  });
}
