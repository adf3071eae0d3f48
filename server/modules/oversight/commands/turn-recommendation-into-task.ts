import { ref } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { badInput, conflict } from '../../../core/errors.js';
import { toGlobalId } from '../../../core/ids.js';
import { authorize } from '../../../core/policy.js';
import { cleanName } from '../../../core/text.js';
import { inTransaction } from '../../../core/transaction.js';
import { createTask } from '../../tasks/commands/create-task.js';
import { MAX_TEXT as MAX_TASK_TEXT, MAX_TITLE_LENGTH } from '../../tasks/task.inputs.js';
import type { Task } from '../../tasks/task.entity.js';
import type { TurnRecommendationIntoTaskInput } from '../oversight.inputs.js';
import { supervisionPolicy } from '../oversight.policy.js';
import type { SupervisionRecommendation } from '../supervision.entity.js';
import { loadRecommendationToChange } from './load.js';
import { publishOversightChanged } from './publish.js';

/**
 * Turns a supervision recommendation into a task for the supervised
 * organization (or the lead given) in one mutation: the supervision's
 * `turnIntoTask` rule, then the tasks module's `createTask` in the same unit
 * of work (its own checks and rule: COORDINATOR on the lead). The
 * recommendation keeps the task; a second attempt is a CONFLICT.
 */
export async function turnRecommendationIntoTask(
  ctx: Context,
  input: TurnRecommendationIntoTaskInput,
): Promise<{ recommendation: SupervisionRecommendation; task: Task }> {
  return inTransaction(ctx, async (em) => {
    const { recommendation, supervision, view } = await loadRecommendationToChange(
      em,
      input.recommendationId,
    );
    const subjectOrganizationId = view.subjectOrganizationId;
    await authorize(ctx, supervisionPolicy, 'turnIntoTask', view);
    if (recommendation.task)
      throw conflict('this recommendation already became a task', { field: 'recommendationId' });
    const lead =
      input.leadOrganizationId ??
      (subjectOrganizationId ? toGlobalId('Organization', subjectOrganizationId) : null);
    if (!lead)
      throw badInput(
        'leadOrganizationId',
        'name the lead organization: the supervision has no supervised organization',
      );
    const task = await createTask(ctx, {
      title:
        input.title ??
        cleanName(recommendation.content.slice(0, MAX_TITLE_LENGTH), 'title', MAX_TITLE_LENGTH),
      description:
        `${supervision.title} — kiến nghị ${recommendation.position}: ${recommendation.content}`.slice(
          0,
          MAX_TASK_TEXT,
        ),
      priority: input.priority ?? null,
      dueOn: input.dueOn,
      lead: { organizationId: lead },
    });
    recommendation.task = ref(task);
    await em.flush();
    publishOversightChanged(
      em,
      'Supervision',
      supervision.id,
      [supervision.organization.id, subjectOrganizationId],
      'RECOMMENDATION_TASKED',
    );
    return { recommendation, task };
  });
}
