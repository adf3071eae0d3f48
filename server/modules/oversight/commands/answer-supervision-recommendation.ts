import type { Context } from '../../../core/context.js';
import { badInput, conflict } from '../../../core/errors.js';
import { atVersion, authorizeAtVersion } from '../../../core/policy.js';
import { inTransaction } from '../../../core/transaction.js';
import type { AnswerSupervisionRecommendationInput } from '../oversight.inputs.js';
import { supervisionPolicy } from '../oversight.policy.js';
import type { SupervisionRecommendation } from '../supervision.entity.js';
import { loadRecommendationToChange } from './load.js';
import { publishOversightChanged, sidesOf } from './publish.js';

/**
 * Records the answer to a supervision recommendation (COORDINATOR on the
 * supervised or the supervising organization), dated not before the
 * supervision was concluded; once (CONFLICT after), under optimistic locking.
 */
export async function answerSupervisionRecommendation(
  ctx: Context,
  input: AnswerSupervisionRecommendationInput,
): Promise<SupervisionRecommendation> {
  return inTransaction(ctx, async (em) => {
    const { recommendation, supervision, view } = await loadRecommendationToChange(
      em,
      input.recommendationId,
    );
    await authorizeAtVersion(
      ctx,
      supervisionPolicy,
      'answer',
      view,
      atVersion(recommendation, input.expectedVersion, 'recommendation'),
    );
    if (recommendation.answeredOn)
      throw conflict('this recommendation is already answered', { field: 'recommendationId' });
    if (input.answeredOn < supervision.concludedOn) {
      throw badInput('answeredOn', 'answeredOn must not be before the supervision was concluded');
    }
    Object.assign(recommendation, { answer: input.answer, answeredOn: input.answeredOn });
    await em.flush();
    publishOversightChanged(em, 'Supervision', supervision.id, sidesOf(view), 'RECOMMENDATION_ANSWERED');
    return recommendation;
  });
}
