import { randomUUID } from 'node:crypto';
import type { Context } from '../../../core/context.js';
import { badInput, conflict, notFound } from '../../../core/errors.js';
import { optionalGlobalId } from '../../../core/ids.js';
import { assertDateOrder } from '../../../core/scalars.js';
import { authorize } from '../../../core/policy.js';
import { inTransaction } from '../../../core/transaction.js';
import { LegalDocument } from '../../legal-documents/legal-document.entity.js';
import { loadProgramAccessViews } from '../../programs/program.access.js';
import { CoordinationProgram, ProgramStatus } from '../../programs/program.entity.js';
import {
  leadingOrganizations,
  participatingOrganizations,
  programPolicy,
  type ProgramAccessView,
} from '../../programs/program.policy.js';
import { AssignmentRole } from '../assignment.entity.js';
import { concernedOrganizations, loadTaskAccessView } from '../task.access.js';
import { Task, TaskPriority, TaskSourceKind } from '../task.entity.js';
import type { CreateTaskInput } from '../task.inputs.js';
import { taskCreationPolicy, taskPolicy, type TaskAccessView } from '../task.policy.js';
import { assertActive, loadOrganizations, loadPeople, parseAssignment } from './load.js';
import { buildTask } from './build-task.js';
import { publishTaskChanged } from './publish.js';

/** Where a task created by another command comes from. */
export interface TaskOrigin {
  /** The meeting conclusion the task is made of (unique: a conclusion becomes one task). */
  conclusionId: string;
}

/**
 * Creates a task with its assignments in one go: exactly one lead
 * organization (chủ trì) and any number of coordinating ones (phối hợp),
 * each ACTIVE and named once. Who may: COORDINATOR on the lead organization,
 * or, for a task in a program, whoever may create tasks in the program
 * (`programPolicy.createTask`). A subtask belongs to its parent's program.
 *
 * `origin` is for other commands creating a task inside their own unit of
 * work (`turnConclusionIntoTask`): the meeting conclusion the task comes from.
 */
export async function createTask(ctx: Context, input: CreateTaskInput, origin?: TaskOrigin): Promise<Task> {
  const title = input.title;
  const description = input.description ?? null;
  const startsOn = input.startsOn ?? null;
  if (startsOn) assertDateOrder(startsOn, input.dueOn, 'dueOn');
  const programId = optionalGlobalId(input.programId, 'CoordinationProgram', 'programId');
  const parentId = optionalGlobalId(input.parentTaskId, 'Task', 'parentTaskId');
  const documentId = optionalGlobalId(input.sourceDocumentId, 'LegalDocument', 'sourceDocumentId');
  if (input.sourceKind === TaskSourceKind.LEGAL_DOCUMENT && !documentId) {
    throw badInput('sourceDocumentId', 'a task from a legal document names the document');
  }
  if (!input.lead) throw badInput('lead', 'a task has exactly one lead organization');
  const lead = parseAssignment(input.lead, 'lead', startsOn);
  const coordinatingInputs = input.coordinating ?? [];
  const coordinating = coordinatingInputs.map((a) => parseAssignment(a, 'coordinating', startsOn));
  if (coordinating.some((c) => c.organizationId === lead.organizationId)) {
    throw badInput(
      'coordinating',
      'the lead organization cannot also be coordinating: a task has exactly one lead',
    );
  }
  if (new Set(coordinating.map((c) => c.organizationId)).size !== coordinating.length) {
    throw badInput('coordinating', 'an organization is named twice among the coordinating ones');
  }
  const specs = [lead, ...coordinating];

  return inTransaction(ctx, async (em) => {
    const parent = parentId ? await em.findOne(Task, parentId) : null;
    if (parentId) {
      if (!parent) throw notFound('Task', input.parentTaskId ?? undefined);
      await authorize(ctx, taskPolicy, 'read', await loadTaskAccessView(em, parent));
    }
    const effectiveProgramId = programId ?? parent?.program?.id ?? null;
    if (parent && programId && parent.program?.id !== programId) {
      throw badInput('programId', "a subtask belongs to its parent task's program");
    }
    let program: CoordinationProgram | null = null;
    let programView: ProgramAccessView | null = null;
    if (effectiveProgramId) {
      program = await em.findOne(CoordinationProgram, effectiveProgramId);
      programView = (await loadProgramAccessViews(em, [effectiveProgramId])).get(effectiveProgramId) ?? null;
      if (!program || !programView) throw notFound('CoordinationProgram', input.programId ?? undefined);
      await authorize(ctx, programPolicy, 'read', programView);
    }
    const document = documentId ? await em.findOne(LegalDocument, documentId) : null;
    if (documentId && !document) throw notFound('LegalDocument', input.sourceDocumentId ?? undefined);
    const organizations = await loadOrganizations(em, specs);
    const people = await loadPeople(em, specs, [input.lead, ...coordinatingInputs]);

    const taskId = randomUUID();
    const view: TaskAccessView = {
      id: taskId,
      assignments: specs.map((s, i) => ({
        organizationId: s.organizationId,
        role: i === 0 ? AssignmentRole.LEAD : AssignmentRole.COORDINATING,
        current: true,
      })),
      programLeadIds: programView ? leadingOrganizations(programView) : [],
      programParticipantIds: programView ? participatingOrganizations(programView) : [],
    };
    await authorize(ctx, taskCreationPolicy, 'createTask', {
      leadId: lead.organizationId,
      program: programView,
      task: view,
    });

    if (program?.status === ProgramStatus.COMPLETED || program?.status === ProgramStatus.CANCELLED) {
      throw conflict(`the program is ${program.status.toLowerCase()}: it takes no new tasks`, {
        field: 'programId',
      });
    }
    assertActive(organizations.get(lead.organizationId)!, 'lead.organizationId');
    for (const c of coordinating)
      assertActive(organizations.get(c.organizationId)!, 'coordinating.organizationId');

    const task = buildTask(
      em,
      {
        id: taskId,
        title,
        description,
        program,
        parent,
        sourceConclusionId: origin?.conclusionId ?? null,
        sourceKind: origin
          ? TaskSourceKind.MEETING_CONCLUSION
          : (input.sourceKind ??
            (document
              ? TaskSourceKind.LEGAL_DOCUMENT
              : program
                ? TaskSourceKind.PROGRAM
                : TaskSourceKind.OTHER)),
        sourceDocument: document,
        priority: input.priority ?? TaskPriority.NORMAL,
        startsOn,
        dueOn: input.dueOn,
      },
      specs,
      organizations,
      people,
    );
    await em.flush();
    publishTaskChanged(
      em,
      task.id,
      concernedOrganizations(view),
      'CREATED',
      specs.map((s) => s.organizationId),
    );
    return task;
  });
}
