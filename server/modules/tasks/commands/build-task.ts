import type { EntityManager } from '@mikro-orm/postgresql';
import { todayInVietnam } from '../../../core/scalars.js';
import { foldForSearch } from '../../../core/text.js';
import type { Organization } from '../../organizations/organization.entity.js';
import type { Person } from '../../people/person.entity.js';
import { AssignmentRole, TaskAssignment } from '../assignment.entity.js';
import type { LegalDocument } from '../../legal-documents/legal-document.entity.js';
import type { CoordinationProgram } from '../../programs/program.entity.js';
import { Task, type TaskPriority, type TaskSourceKind } from '../task.entity.js';
import type { AssignmentSpec } from './load.js';

/** A task's own fields, as a command has validated them. */
export interface TaskDraft {
  id?: string;
  title: string;
  description: string | null;
  dueOn: string;
  startsOn?: string | null;
  program?: CoordinationProgram | null;
  parent?: Task | null;
  sourceKind?: TaskSourceKind;
  sourceDocument?: LegalDocument | null;
  sourceConclusionId?: string | null;
  priority?: TaskPriority;
}

/**
 * Creates a task and its assignments (the first spec is the LEAD, the others
 * COORDINATING), assigned today. The caller has loaded and checked the
 * organizations and people (`loadOrganizations`, `loadPeople`, `assertActive`)
 * and authorized; it flushes and records the event. Used by `createTask` and
 * by the meetings module's `turnConclusionIntoTask`.
 */
export function buildTask(
  em: EntityManager,
  draft: TaskDraft,
  specs: AssignmentSpec[],
  organizations: Map<string, Organization>,
  people: Map<string, Person>,
): Task {
  const task = em.create(Task, { ...draft, searchKey: foldForSearch(draft.title) } as never) as Task;
  const today = todayInVietnam();
  specs.forEach((spec, i) => {
    em.create(TaskAssignment, {
      task,
      organization: organizations.get(spec.organizationId)!,
      role: i === 0 ? AssignmentRole.LEAD : AssignmentRole.COORDINATING,
      personInCharge: spec.personId ? people.get(spec.personId)! : null,
      dueOn: spec.dueOn,
      assignedOn: today,
    });
  });
  return task;
}
