import type { Context } from '../../../core/context.js';
import { badInput, conflict } from '../../../core/errors.js';
import { atVersion, authorizeAtVersion } from '../../../core/policy.js';
import { inTransaction } from '../../../core/transaction.js';
import type { SocialCritique } from '../critique.entity.js';
import type { AnswerSocialCritiqueInput } from '../oversight.inputs.js';
import { critiquePolicy } from '../oversight.policy.js';
import { loadCritiqueToChange } from './load.js';
import { publishOversightChanged, sidesOf } from './publish.js';

/**
 * The drafting body answers a social critique (COORDINATOR there): whether
 * it took the opinions in, its answer, the date (not before the critique
 * was held). Once only (CONFLICT on a second answer), under optimistic locking.
 */
export async function answerSocialCritique(
  ctx: Context,
  input: AnswerSocialCritiqueInput,
): Promise<SocialCritique> {
  return inTransaction(ctx, async (em) => {
    const { critique, view } = await loadCritiqueToChange(em, input.socialCritiqueId);
    await authorizeAtVersion(
      ctx,
      critiquePolicy,
      'answer',
      view,
      atVersion(critique, input.expectedVersion, 'social critique'),
    );
    if (critique.takenIn !== null)
      throw conflict('the drafting body has already answered', { field: 'socialCritiqueId' });
    if (input.answeredOn < critique.heldOn) {
      throw badInput('answeredOn', 'answeredOn must not be before the critique was held');
    }
    Object.assign(critique, { takenIn: input.takenIn, answer: input.answer, answeredOn: input.answeredOn });
    await em.flush();
    publishOversightChanged(em, 'SocialCritique', critique.id, sidesOf(view), 'ANSWERED');
    return critique;
  });
}
