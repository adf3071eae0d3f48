import { LockMode, ref } from '@mikro-orm/postgresql';
import { demand, Role } from '../../../core/access.js';
import type { Context } from '../../../core/context.js';
import { badInput, conflict, notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { authorize } from '../../../core/policy.js';
import { inTransaction } from '../../../core/transaction.js';
import { buildTask } from '../../tasks/commands/build-task.js';
import { publishTaskChanged } from '../../tasks/commands/publish.js';
import { assertActive, loadOrganizations, loadPeople, parseAssignment } from '../../tasks/commands/load.js';
import { MAX_TITLE_LENGTH } from '../../tasks/task.inputs.js';
import { cleanName } from '../../../core/text.js';
import { TaskPriority, TaskSourceKind } from '../../tasks/task.entity.js';
import { meetingAccessView } from '../meeting.access.js';
import { meetingPolicy } from '../meeting.policy.js';
import { MeetingConclusion } from '../record.entity.js';
import type { TurnConclusionIntoTaskInput } from '../record.inputs.js';

/**
 * Turns a conclusion into a task in one mutation: one lead organization,
 * coordinating ones, a deadline; the task records its source
 * (MEETING_CONCLUSION, `sourceConclusionId`, unique) and the conclusion
 * keeps the task. Needs COORDINATOR on the host (the meeting's rule) and on
 * the lead (the tasks module's rule for creating a task). A second attempt
 * is a CONFLICT.
 *
 * It builds the task with the tasks module's own parts (input parsing,
 * loading, checks, event) rather than calling `createTask`, whose own
 * audited transaction would write a second audit record for this mutation.
 */
export async function turnConclusionIntoTask(ctx: Context, input: TurnConclusionIntoTaskInput) {
  const id = fromGlobalId(input.conclusionId, 'MeetingConclusion', 'conclusionId');
  const description = input.description ?? null;
  const lead = parseAssignment(input.lead, 'lead', null);
  const coordinating = (input.coordinating ?? []).map((a) => parseAssignment(a, 'coordinating', null));
  if (coordinating.some((c) => c.organizationId === lead.organizationId)) {
    throw badInput('coordinating', 'the lead organization cannot also be coordinating');
  }
  if (new Set(coordinating.map((c) => c.organizationId)).size !== coordinating.length) {
    throw badInput('coordinating', 'an organization is named twice among the coordinating ones');
  }
  const specs = [lead, ...coordinating];
  return inTransaction(ctx, async (em) => {
    const conclusion = await em.findOne(MeetingConclusion, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const view = conclusion ? await meetingAccessView(ctx, em, conclusion.meeting.id) : null;
    if (!conclusion || !view) throw notFound('MeetingConclusion', input.conclusionId);
    await authorize(ctx, meetingPolicy, 'addConclusion', view);
    if (conclusion.task) throw conflict('this conclusion already became a task', { field: 'conclusionId' });
    const title =
      input.title ?? cleanName(conclusion.text.slice(0, MAX_TITLE_LENGTH), 'title', MAX_TITLE_LENGTH);
    const organizations = await loadOrganizations(em, specs);
    const people = await loadPeople(em, specs, [input.lead, ...(input.coordinating ?? [])]);
    demand((await ctx.access()).has(Role.COORDINATOR, lead.organizationId), { type: 'Task', visible: true });
    assertActive(organizations.get(lead.organizationId)!, 'lead.organizationId');
    for (const c of coordinating)
      assertActive(organizations.get(c.organizationId)!, 'coordinating.organizationId');
    const task = buildTask(
      em,
      {
        title,
        description,
        sourceKind: TaskSourceKind.MEETING_CONCLUSION,
        sourceConclusionId: conclusion.id,
        priority: input.priority ?? TaskPriority.NORMAL,
        dueOn: input.dueOn,
      },
      specs,
      organizations,
      people,
    );
    conclusion.task = ref(task);
    await em.flush();
    const organizationIds = specs.map((s) => s.organizationId);
    // The assigned organizations are also the ones the task is new for (taskAssigned subscribers).
    publishTaskChanged(em, task.id, organizationIds, 'CREATED', organizationIds);
    return { conclusion, task };
  });
}
