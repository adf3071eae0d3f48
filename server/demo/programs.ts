import type { EntityManager } from '@mikro-orm/postgresql';
import { foldForSearch } from '../core/text.js';
import { LegalDocument, LegalDocumentKind } from '../modules/legal-documents/legal-document.entity.js';
import { ObjectiveValue, ProgramObjective } from '../modules/programs/objective.entity.js';
import { ParticipantRole, ProgramParticipant } from '../modules/programs/participant.entity.js';
import { CoordinationProgram, ProgramKind, ProgramStatus } from '../modules/programs/program.entity.js';
import { ProgramHealth, ProgramUpdate } from '../modules/programs/program-update.entity.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { AssignmentRole, TaskAssignment } from '../modules/tasks/assignment.entity.js';
import { ProgressReport, TaskFollowUp } from '../modules/tasks/progress-report.entity.js';
import { Task, TaskPriority, TaskSourceKind, TaskStatus } from '../modules/tasks/task.entity.js';
import { readDemoData } from './data.js';

/** Codes of the demo programs, for tests and the other demo data. */
export const DEMO_PROGRAM = {
  regulation: 'LS-QC-UBND-MTTQ',
  actionProgram: 'LS-CTHD-13-DV',
  friendlyGovernment: 'LS-CTHD-13-DV-CQTT',
  suspendedScheme: 'LS-DA-12',
} as const;

/** `YYYY-MM-DD` `days` from today (demo deadlines stay meaningful whenever it is loaded). */
function fromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A legal document a program rests on. */
interface DocumentSpec {
  number: string;
  kind: LegalDocumentKind;
  title: string;
  issuer: string;
  issuedOn: string;
}

/** A program, with its legal basis (document numbers) and its participants ([organization code, role]). */
interface ProgramSpec {
  code: string;
  kind: ProgramKind;
  title: string;
  owner: string;
  status: ProgramStatus;
  statusReason?: string;
  parent?: string;
  basis: string[];
  participants: [string, ParticipantRole][];
}

/** A task of a program, due `dueIn` days from the day the demo is loaded. */
interface TaskSpec {
  program: string;
  title: string;
  lead: string;
  coordinating: string[];
  dueIn: number;
  status: TaskStatus;
  progress: number;
  /** For DONE tasks: completion relative to the due date (positive = late). */
  completedDaysAfterDue?: number;
  report?: string;
  /** A follow-up ("đôn đốc") by `urgedBy`. */
  urge?: string;
}

/** The demo's programs and what hangs on them (server/demo/data/programs.json). */
interface ProgramsData {
  documents: DocumentSpec[];
  programs: ProgramSpec[];
  objectives: {
    program: string;
    key: string;
    title: string;
    unit: string;
    target: number;
    targetDate: string;
    values: { value: number; recordedOn: string; note?: string }[];
  }[];
  updates: { program: string; health: ProgramHealth; body: string; organization: string }[];
  tasks: TaskSpec[];
  /** The organization that urges late tasks. */
  urgedBy: string;
}

/** Looks up `key` in `map`, or throws naming the missing demo `what`. */
function found<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo ${what} ${key} is missing`);
  return value;
}

/**
 * Creates the seeds' legal documents, programs (a coordination regulation, action programs, a suspended
 * scheme), their objectives, updates and tasks.
 */
export function createDemoPrograms(
  em: EntityManager,
  orgIds: Map<string, string>,
): { programs: number; tasks: number } {
  const data = readDemoData<ProgramsData>('programs');
  const org = (code: string) => em.getReference(Organization, found(orgIds, code, 'organization'));
  const documents = new Map(
    data.documents.map(({ issuer, ...doc }) => [
      doc.number,
      em.create(LegalDocument, {
        ...doc,
        searchKey: foldForSearch(`${doc.number} ${doc.title}`),
        issuingOrganization: org(issuer),
      }),
    ]),
  );
  const programs = new Map<string, CoordinationProgram>();
  const program = (code: string) => found(programs, code, 'program');
  for (const spec of data.programs) programs.set(spec.code, createProgram(spec));

  function createProgram(spec: ProgramSpec): CoordinationProgram {
    const created = em.create(CoordinationProgram, {
      kind: spec.kind,
      code: spec.code,
      title: spec.title,
      searchKey: foldForSearch(`${spec.code} ${spec.title}`),
      startsOn: '2021-01-01',
      endsOn: '2026-12-31',
      status: spec.status,
      statusReason: spec.statusReason ?? null,
      parent: spec.parent ? program(spec.parent) : null,
      owner: org(spec.owner),
    });
    created.legalBasis.set(spec.basis.map((number) => found(documents, number, 'legal document')));
    for (const [code, role] of spec.participants)
      em.create(ProgramParticipant, {
        program: created,
        organization: org(code),
        role,
        joinedOn: '2021-01-01',
      });
    return created;
  }

  for (const { program: code, values, ...spec } of data.objectives) {
    const objective = em.create(ProgramObjective, { ...spec, program: program(code) });
    for (const value of values) em.create(ObjectiveValue, { objective, ...value });
  }
  for (const { program: code, organization, ...update } of data.updates)
    em.create(ProgramUpdate, { ...update, program: program(code), organization: org(organization) });
  for (const spec of data.tasks) createTask(spec);
  return { programs: programs.size, tasks: data.tasks.length };

  function createTask(spec: TaskSpec): void {
    const task = em.create(Task, {
      title: spec.title,
      searchKey: foldForSearch(spec.title),
      program: program(spec.program),
      sourceKind: TaskSourceKind.PROGRAM,
      priority: spec.dueIn < 0 ? TaskPriority.HIGH : TaskPriority.NORMAL,
      startsOn: fromToday(spec.dueIn - 90),
      dueOn: fromToday(spec.dueIn),
      status: spec.status,
      progressPercent: spec.progress,
      completedOn:
        spec.status === TaskStatus.DONE ? fromToday(spec.dueIn + (spec.completedDaysAfterDue ?? 0)) : null,
    });
    const assignedOn = fromToday(spec.dueIn - 90);
    const assigned: [string, AssignmentRole][] = [
      [spec.lead, AssignmentRole.LEAD],
      ...spec.coordinating.map((code): [string, AssignmentRole] => [code, AssignmentRole.COORDINATING]),
    ];
    for (const [code, role] of assigned) {
      const reported = role === AssignmentRole.LEAD && !!spec.report;
      em.create(TaskAssignment, {
        task,
        organization: org(code),
        role,
        assignedOn,
        progress: reported ? spec.progress : null,
        reportedAt: reported ? new Date() : null,
      });
    }
    if (spec.report) {
      const done = spec.status === TaskStatus.DONE;
      em.create(ProgressReport, {
        task,
        organization: org(spec.lead),
        body: spec.report,
        percent: spec.progress,
        newStatus: done ? TaskStatus.DONE : null,
        reportedOn: done ? (task.completedOn as string) : fromToday(Math.min(0, spec.dueIn)),
      });
    }
    if (spec.urge) em.create(TaskFollowUp, { task, organization: org(data.urgedBy), message: spec.urge });
  }
}
