import type { Context } from '../../../core/context.js';
import { badInput } from '../../../core/errors.js';
import { authorizeStatusChange } from '../../../core/policy.js';
import { todayInVietnam } from '../../../core/scalars.js';
import { inTransaction } from '../../../core/transaction.js';
import { type ComplexSituation, SITUATION_TRANSITIONS, SituationStatus } from '../situation.entity.js';
import type { ChangeComplexSituationStatusInput } from '../situation.inputs.js';
import { situationPolicy } from '../situation.policy.js';
import { loadSituationToChange } from './load.js';
import { publishComplexSituationChanged } from './publish.js';

/**
 * Moves a complex situation along EMERGING → HANDLING → STABILIZED →
 * RESOLVED (a stabilized one may go back to HANDLING), under optimistic
 * locking. A move out of order is a CONFLICT naming the allowed ones;
 * RESOLVED keeps the day (default today, not before it was opened).
 */
export async function changeComplexSituationStatus(
  ctx: Context,
  input: ChangeComplexSituationStatusInput,
): Promise<ComplexSituation> {
  if (input.resolvedOn && input.status !== SituationStatus.RESOLVED) {
    throw badInput('resolvedOn', 'only a RESOLVED situation has a resolvedOn');
  }
  return inTransaction(ctx, async (em) => {
    const { situation, view } = await loadSituationToChange(em, input.situationId);
    await authorizeStatusChange(ctx, situationPolicy, view, {
      record: situation,
      expectedVersion: input.expectedVersion,
      what: 'situation',
      transitions: SITUATION_TRANSITIONS,
      to: input.status,
    });
    if (input.status === SituationStatus.RESOLVED) {
      const resolvedOn = input.resolvedOn ?? todayInVietnam();
      if (resolvedOn < situation.openedOn)
        throw badInput('resolvedOn', 'resolvedOn must not be before openedOn');
      situation.resolvedOn = resolvedOn;
    }
    situation.status = input.status;
    await em.flush();
    publishComplexSituationChanged(em, view, 'STATUS_CHANGED');
    return situation;
  });
}
