import type { Context } from '../../../core/context.js';
import { badInput, conflict } from '../../../core/errors.js';
import { inTransaction } from '../../../core/transaction.js';
import {
  type ComplexSituation,
  SEVERITY_RANK,
  SituationHandler,
  SituationStatus,
} from '../situation.entity.js';
import type { EscalateComplexSituationInput } from '../situation.inputs.js';
import { loadHandlingOrganizations, loadSituationAtVersion } from './load.js';
import { publishComplexSituationChanged } from './publish.js';

/**
 * Escalates a complex situation: a more serious severity (BAD_USER_INPUT
 * otherwise), optionally more handling organizations; not once RESOLVED
 * (CONFLICT). Under optimistic locking; the handling organizations, old and
 * new, are notified.
 */
export async function escalateComplexSituation(
  ctx: Context,
  input: EscalateComplexSituationInput,
): Promise<ComplexSituation> {
  return inTransaction(ctx, async (em) => {
    const { situation, view } = await loadSituationAtVersion(ctx, em, input, 'escalate');
    if (situation.status === SituationStatus.RESOLVED) {
      throw conflict('a resolved situation cannot be escalated', { field: 'situationId' });
    }
    if (SEVERITY_RANK[input.severity] <= SEVERITY_RANK[situation.severity]) {
      throw badInput('severity', `escalating means a severity above ${situation.severity}`);
    }
    const added = await loadHandlingOrganizations(
      em,
      input.addHandlingOrganizationIds ?? [],
      'addHandlingOrganizationIds',
    );
    if (added.some((o) => view.handlerIds.includes(o.id))) {
      throw badInput('addHandlingOrganizationIds', 'an organization listed already handles the situation');
    }
    for (const organization of added) em.create(SituationHandler, { situation, organization });
    situation.severity = input.severity;
    await em.flush();
    publishComplexSituationChanged(
      em,
      view,
      'ESCALATED',
      added.map((o) => o.id),
    );
    return situation;
  });
}
