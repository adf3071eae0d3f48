import type { Context } from '../../../core/context.js';
import { badInput, conflict, notFound } from '../../../core/errors.js';
import { fromGlobalId, optionalGlobalId } from '../../../core/ids.js';
import { inTransaction } from '../../../core/transaction.js';
import { Organization } from '../../organizations/organization.entity.js';
import { Task } from '../../tasks/task.entity.js';
import { loadTaskAccessView } from '../../tasks/task.access.js';
import { taskPolicy } from '../../tasks/task.policy.js';
import type { Meeting } from '../meeting.entity.js';
import { MeetingStatus } from '../meeting.enums.js';
import { MeetingAgendaItem } from '../record.entity.js';
import type { AgendaItemInput, SetAgendaInput } from '../record.inputs.js';
import { loadMeetingToChange, loadPeople, loadProgramToLink } from './load.js';
import { recordMeetingChanged } from './publish.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize } from '../../../core/policy.js';
import { meetingPolicy } from '../meeting.policy.js';
import { programPolicy } from '../../programs/program.policy.js';

/** Longest agenda item. */
export const MAX_ITEM_MINUTES = 600;

/** Builds (persists) agenda item `position` from its input, checking every link. */
async function agendaItem(
  ctx: Context,
  em: EntityManager,
  meeting: Meeting,
  item: AgendaItemInput,
  position: number,
): Promise<MeetingAgendaItem> {
  const title = item.title;
  if (
    !Number.isInteger(item.durationMinutes) ||
    item.durationMinutes < 1 ||
    item.durationMinutes > MAX_ITEM_MINUTES
  ) {
    throw badInput('items.durationMinutes', `durationMinutes must be between 1 and ${MAX_ITEM_MINUTES}`);
  }
  const organizationId = optionalGlobalId(
    item.presenterOrganizationId,
    'Organization',
    'items.presenterOrganizationId',
  );
  const organization = organizationId ? await em.findOne(Organization, organizationId) : null;
  if (organizationId && !organization)
    throw notFound('Organization', item.presenterOrganizationId ?? undefined);
  const personId = optionalGlobalId(item.presenterPersonId, 'Person', 'items.presenterPersonId');
  const person = personId ? (await loadPeople(em, [personId])).get(personId)! : null;
  const linked = item.programId ? await loadProgramToLink(em, item.programId, 'items.programId') : null;
  if (linked) await authorize(ctx, programPolicy, 'read', linked.view);
  const program = linked?.program ?? null;
  let task: Task | null = null;
  if (item.taskId) {
    task = await em.findOne(Task, fromGlobalId(item.taskId, 'Task', 'items.taskId'));
    if (!task) throw notFound('Task', item.taskId);
    await authorize(ctx, taskPolicy, 'read', await loadTaskAccessView(em, task));
  }
  return em.create(MeetingAgendaItem, {
    meeting,
    position,
    title,
    presenterOrganization: organization,
    presenterPerson: person,
    durationMinutes: item.durationMinutes,
    program,
    task,
  });
}

/**
 * Replaces the agenda of a meeting not yet held with `items`, in order.
 * Linked programs and tasks must be visible to the viewer (NOT_FOUND).
 */
export async function setAgenda(ctx: Context, input: SetAgendaInput): Promise<Meeting> {
  return inTransaction(ctx, async (em) => {
    const { meeting, view } = await loadMeetingToChange(ctx, em, input.meetingId);
    await authorize(ctx, meetingPolicy, 'setAgenda', view);
    if (meeting.status === MeetingStatus.HELD || meeting.status === MeetingStatus.CANCELLED) {
      throw conflict(`the agenda of a ${meeting.status.toLowerCase()} meeting is final`, {
        field: 'meetingId',
      });
    }
    for (const old of await em.find(MeetingAgendaItem, { meeting })) em.remove(old);
    for (const [index, item] of input.items.entries()) await agendaItem(ctx, em, meeting, item, index + 1);
    meeting.sequence += 1;
    await em.flush();
    await recordMeetingChanged(em, meeting, 'AGENDA_CHANGED');
    return meeting;
  });
}
