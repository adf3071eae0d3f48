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
import { DEMO_ORG } from './organizations.js';

const O = DEMO_ORG;

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

interface TaskSpec {
  title: string;
  lead: string;
  coordinating: string[];
  dueIn: number;
  status: TaskStatus;
  progress: number;
  /** For DONE tasks: completion relative to the due date (positive = late). */
  completedDaysAfterDue?: number;
  report?: string;
  urge?: string;
}

const ACTION_TASKS: TaskSpec[] = [
  {
    title: 'Tổ chức đối thoại định kỳ giữa người đứng đầu cấp ủy, chính quyền với Nhân dân',
    lead: O.peoplesCommittee,
    coordinating: [O.fatherlandFront, O.massMobilization],
    dueIn: -20,
    status: TaskStatus.IN_PROGRESS,
    progress: 60,
    report: 'Đã tổ chức 41/65 cuộc đối thoại cấp xã; các xã còn lại hoàn thành trong tháng tới.',
    urge: 'Đề nghị UBND tỉnh đôn đốc các xã chưa tổ chức đối thoại hoàn thành trước ngày 15.',
  },
  {
    title: 'Sơ kết việc thực hiện Quy chế công tác dân vận (Quyết định 593-QĐ/TU)',
    lead: O.massMobilization,
    coordinating: [O.fatherlandFront, O.peoplesCommittee],
    dueIn: -45,
    status: TaskStatus.DONE,
    progress: 100,
    completedDaysAfterDue: 6,
    report: 'Đã tổ chức hội nghị sơ kết; báo cáo gửi Ban Thường vụ Tỉnh ủy.',
  },
  {
    title: 'Xây dựng và nhân rộng mô hình "Dân vận khéo" năm nay',
    lead: O.massMobilization,
    coordinating: [O.womensUnion, O.farmersAssociation, O.youthUnion, O.veteransAssociation],
    dueIn: 40,
    status: TaskStatus.IN_PROGRESS,
    progress: 45,
    report: 'Đăng ký 524 mô hình duy trì và 1.111 mô hình mới; đang thẩm định cấp tỉnh.',
  },
  {
    title: 'Tuyên truyền, vận động Nhân dân trong công tác giải phóng mặt bằng',
    lead: O.peoplesCommittee,
    coordinating: [O.militaryCommand, O.fatherlandFront],
    dueIn: -5,
    status: TaskStatus.BLOCKED,
    progress: 30,
    report: 'Vướng mắc về đơn giá bồi thường tại hai xã; chờ ý kiến của UBND tỉnh.',
  },
  {
    title: 'Phối hợp nắm tình hình Nhân dân vùng đồng bào dân tộc thiểu số',
    lead: O.militaryCommand,
    coordinating: [O.massMobilization, O.regiment141],
    dueIn: -60,
    status: TaskStatus.DONE,
    progress: 100,
    completedDaysAfterDue: -3,
    report: 'Đã báo cáo tình hình Nhân dân quý; không có điểm nóng phát sinh.',
  },
];

const REGULATION_TASKS: TaskSpec[] = [
  {
    title: 'Tổng hợp kiến nghị của cử tri và Nhân dân gửi kỳ họp HĐND tỉnh',
    lead: O.fatherlandFront,
    coordinating: [O.peoplesCommittee, O.peoplesCouncil],
    dueIn: 12,
    status: TaskStatus.NOT_STARTED,
    progress: 0,
  },
  {
    title: 'Giải quyết đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh thuộc thẩm quyền',
    lead: O.peoplesCommittee,
    coordinating: [O.fatherlandFront],
    dueIn: -30,
    status: TaskStatus.DONE,
    progress: 100,
    completedDaysAfterDue: 0,
    report: 'Đã giải quyết 29/39 vụ việc thuộc thẩm quyền; 10 vụ việc chuyển cơ quan có thẩm quyền.',
  },
];

/** Creates legal documents, the seeds' programs (a coordination regulation, action programs, a suspended scheme) and their tasks. */
export function createDemoPrograms(
  em: EntityManager,
  orgIds: Map<string, string>,
): { programs: number; tasks: number } {
  const org = (code: string) => em.getReference(Organization, orgIds.get(code) ?? missing(code));
  const doc = (number: string, kind: LegalDocumentKind, title: string, issuer: string, issuedOn: string) =>
    em.create(LegalDocument, {
      number,
      kind,
      title,
      searchKey: foldForSearch(`${number} ${title}`),
      issuingOrganization: org(issuer),
      issuedOn,
    });
  const regulationDoc = doc(
    '593-QĐ/TU',
    LegalDocumentKind.DECISION,
    'Quy chế công tác dân vận của hệ thống chính trị tỉnh',
    O.standingCommittee,
    '2021-11-11',
  );
  const directive = doc(
    '43-CT/TU',
    LegalDocumentKind.DIRECTIVE,
    'Tăng cường sự lãnh đạo của Đảng đối với công tác dân vận chính quyền',
    O.standingCommittee,
    '2022-03-15',
  );
  const scheme = doc(
    '12-ĐA/TU',
    LegalDocumentKind.SCHEME,
    'Đề án nâng cao hiệu quả công tác dân vận ở cơ sở giai đoạn 2021–2025',
    O.standingCommittee,
    '2021-06-01',
  );

  const program = (spec: {
    code: string;
    kind: ProgramKind;
    title: string;
    owner: string;
    status: ProgramStatus;
    statusReason?: string;
    parent?: CoordinationProgram;
    basis: LegalDocument[];
    participants: [string, ParticipantRole][];
  }) => {
    const created = em.create(CoordinationProgram, {
      kind: spec.kind,
      code: spec.code,
      title: spec.title,
      searchKey: foldForSearch(`${spec.code} ${spec.title}`),
      startsOn: '2021-01-01',
      endsOn: '2026-12-31',
      status: spec.status,
      statusReason: spec.statusReason ?? null,
      parent: spec.parent ?? null,
      owner: org(spec.owner),
    });
    created.legalBasis.set(spec.basis);
    for (const [code, role] of spec.participants) {
      em.create(ProgramParticipant, {
        program: created,
        organization: org(code),
        role,
        joinedOn: '2021-01-01',
      });
    }
    return created;
  };

  const regulation = program({
    code: DEMO_PROGRAM.regulation,
    kind: ProgramKind.COORDINATION_REGULATION,
    title: 'Quy chế phối hợp giữa UBND tỉnh và Ủy ban MTTQ Việt Nam tỉnh',
    owner: O.peoplesCommittee,
    status: ProgramStatus.ACTIVE,
    basis: [regulationDoc],
    participants: [
      [O.peoplesCommittee, ParticipantRole.LEAD],
      [O.fatherlandFront, ParticipantRole.CO_LEAD],
      [O.peoplesCouncil, ParticipantRole.PARTNER],
    ],
  });
  const action = program({
    code: DEMO_PROGRAM.actionProgram,
    kind: ProgramKind.ACTION_PROGRAM,
    title: 'Chương trình hành động số 13 về công tác dân vận thực hiện Nghị quyết Đại hội XIII',
    owner: O.massMobilization,
    status: ProgramStatus.ACTIVE,
    basis: [directive],
    participants: [
      [O.massMobilization, ParticipantRole.LEAD],
      [O.peoplesCommittee, ParticipantRole.PARTNER],
      [O.fatherlandFront, ParticipantRole.PARTNER],
      [O.militaryCommand, ParticipantRole.PARTNER],
      [O.womensUnion, ParticipantRole.PARTNER],
      [O.farmersAssociation, ParticipantRole.PARTNER],
      [O.youthUnion, ParticipantRole.PARTNER],
      [O.veteransAssociation, ParticipantRole.PARTNER],
      [O.provincialCommittee, ParticipantRole.OBSERVER],
    ],
  });
  const friendly = program({
    code: DEMO_PROGRAM.friendlyGovernment,
    kind: ProgramKind.PLAN,
    title: 'Kế hoạch xây dựng mô hình "Chính quyền thân thiện" cấp cơ sở',
    owner: O.peoplesCommittee,
    status: ProgramStatus.ACTIVE,
    parent: action,
    basis: [directive],
    participants: [
      [O.peoplesCommittee, ParticipantRole.LEAD],
      [O.massMobilization, ParticipantRole.PARTNER],
    ],
  });
  program({
    code: DEMO_PROGRAM.suspendedScheme,
    kind: ProgramKind.COORDINATION_PROGRAM,
    title: 'Đề án 12-ĐA/TU nâng cao hiệu quả công tác dân vận ở cơ sở',
    owner: O.standingCommittee,
    status: ProgramStatus.SUSPENDED,
    statusReason: 'Tạm dừng sau sơ kết để điều chỉnh phù hợp mô hình chính quyền hai cấp.',
    basis: [scheme],
    participants: [
      [O.standingCommittee, ParticipantRole.LEAD],
      [O.massMobilization, ParticipantRole.CO_LEAD],
    ],
  });

  const objective = em.create(ProgramObjective, {
    program: friendly,
    key: 'communes-friendly-government',
    title: 'Số xã, phường triển khai mô hình "Chính quyền thân thiện" đạt kết quả',
    unit: 'xã, phường',
    target: 200,
    targetDate: '2026-12-31',
  });
  em.create(ObjectiveValue, { objective, value: 120, recordedOn: '2021-12-31' });
  em.create(ObjectiveValue, { objective, value: 166, recordedOn: '2022-12-31', note: '166/200 (83%)' });
  em.create(ProgramUpdate, {
    program: action,
    health: ProgramHealth.AT_RISK,
    body: 'Nhiều xã chậm tổ chức đối thoại; công tác giải phóng mặt bằng còn vướng mắc.',
    organization: org(O.massMobilization),
  });
  em.create(ProgramUpdate, {
    program: regulation,
    health: ProgramHealth.ON_TRACK,
    body: 'Các cuộc tiếp xúc cử tri và giám sát được phối hợp đúng kế hoạch.',
    organization: org(O.fatherlandFront),
  });

  let tasks = 0;
  const addTasks = (parent: CoordinationProgram, specs: TaskSpec[]) => {
    for (const spec of specs) {
      const dueOn = fromToday(spec.dueIn);
      const task = em.create(Task, {
        title: spec.title,
        searchKey: foldForSearch(spec.title),
        program: parent,
        sourceKind: TaskSourceKind.PROGRAM,
        priority: spec.dueIn < 0 ? TaskPriority.HIGH : TaskPriority.NORMAL,
        startsOn: fromToday(spec.dueIn - 90),
        dueOn,
        status: spec.status,
        progressPercent: spec.progress,
        completedOn:
          spec.status === TaskStatus.DONE ? fromToday(spec.dueIn + (spec.completedDaysAfterDue ?? 0)) : null,
      });
      const assignedOn = fromToday(spec.dueIn - 90);
      em.create(TaskAssignment, {
        task,
        organization: org(spec.lead),
        role: AssignmentRole.LEAD,
        assignedOn,
        progress: spec.report ? spec.progress : null,
        reportedAt: spec.report ? new Date() : null,
      });
      for (const code of spec.coordinating) {
        em.create(TaskAssignment, {
          task,
          organization: org(code),
          role: AssignmentRole.COORDINATING,
          assignedOn,
        });
      }
      if (spec.report) {
        em.create(ProgressReport, {
          task,
          organization: org(spec.lead),
          body: spec.report,
          percent: spec.progress,
          newStatus: spec.status === TaskStatus.DONE ? TaskStatus.DONE : null,
          reportedOn:
            spec.status === TaskStatus.DONE
              ? (task.completedOn as string)
              : fromToday(Math.min(0, spec.dueIn)),
        });
      }
      if (spec.urge)
        em.create(TaskFollowUp, { task, organization: org(O.standingCommittee), message: spec.urge });
      tasks++;
    }
  };
  addTasks(action, ACTION_TASKS);
  addTasks(regulation, REGULATION_TASKS);
  return { programs: 4, tasks };
}

function missing(code: string): never {
  throw new Error(`demo organization ${code} is missing`);
}
