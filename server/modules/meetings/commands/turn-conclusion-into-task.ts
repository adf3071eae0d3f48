import { LockMode, ref } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { conflict, notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { authorize } from '../../../core/policy.js';
import { cleanName } from '../../../core/text.js';
import { inTransaction } from '../../../core/transaction.js';
import { createTask } from '../../tasks/commands/create-task.js';
import { MAX_TITLE_LENGTH } from '../../tasks/task.inputs.js';
import { meetingAccessView } from '../meeting.access.js';
import { meetingPolicy } from '../meeting.policy.js';
import { MeetingConclusion } from '../record.entity.js';
import type { TurnConclusionIntoTaskInput } from '../record.inputs.js';

/**
 * Turns a conclusion into a task in one mutation: one lead organization,
 * coordinating ones, a deadline; the task records its source
 * (MEETING_CONCLUSION, `sourceConclusionId`, unique) and the conclusion
 * keeps the task. Needs the meeting's `addConclusion` rule and the tasks
 * module's rule for creating the task (`createTask` runs inside this
 * mutation's unit of work: one transaction, one audit record). A second
 * attempt is a CONFLICT.
 */
export async function turnConclusionIntoTask(ctx: Context, input: TurnConclusionIntoTaskInput) {
  const id = fromGlobalId(input.conclusionId, 'MeetingConclusion', 'conclusionId');
  return inTransaction(ctx, async (em) => {
    const conclusion = await em.findOne(MeetingConclusion, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const view = conclusion ? await meetingAccessView(ctx, em, conclusion.meeting.id) : null;
    if (!conclusion || !view) throw notFound('MeetingConclusion', input.conclusionId);
    await authorize(ctx, meetingPolicy, 'addConclusion', view);
    if (conclusion.task) throw conflict('this conclusion already became a task', { field: 'conclusionId' });
    const title =
      input.title ?? cleanName(conclusion.text.slice(0, MAX_TITLE_LENGTH), 'title', MAX_TITLE_LENGTH);
    const task = await createTask(
      ctx,
      {
        title,
        description: input.description ?? null,
        priority: input.priority ?? null,
        dueOn: input.dueOn,
        lead: input.lead,
        coordinating: input.coordinating ?? null,
      },
      { conclusionId: conclusion.id },
    );
    conclusion.task = ref(task);
    await em.flush();
    return { conclusion, task };
  });
}
