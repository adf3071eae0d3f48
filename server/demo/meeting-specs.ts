import type { EntityManager } from '@mikro-orm/postgresql';
import { foldForSearch } from '../core/text.js';
import type { Meeting } from '../modules/meetings/meeting.entity.js';
import { MeetingConclusion } from '../modules/meetings/record.entity.js';
import { AssignmentRole, TaskAssignment } from '../modules/tasks/assignment.entity.js';
import { Task, TaskSourceKind } from '../modules/tasks/task.entity.js';
import type { Refs } from './meetings.js';
import { DEMO_ORG } from './organizations.js';

const O = DEMO_ORG;

/** Titles of the demo meetings (unique), for tests and browser tests. */
export const DEMO_MEETING = {
  monthlyBriefing: 'Giao ban công tác dân vận định kỳ hằng tháng năm 2026',
  reviewConference: 'Hội nghị tổng kết công tác dân vận năm 2025, triển khai nhiệm vụ năm 2026',
  dialogue: 'Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân xã Hữu Lũng',
} as const;

/** The monthly briefing's partners (seed 000): Ban Dân vận, government, armed forces, Front, the five organizations. */
export const BRIEFING_PARTNERS = [
  O.massMobilization,
  O.peoplesCommittee,
  O.militaryCommand,
  O.fatherlandFront,
  O.youthUnion,
  O.womensUnion,
  O.farmersAssociation,
  O.veteransAssociation,
  O.tradeUnion,
];

/** Conclusions of the review conference (seed 002) and the tasks they became: lead, coordinating, deadline. */
export const REVIEW_CONCLUSIONS = [
  {
    text: 'Tăng cường công tác tuyên truyền, nắm tình hình, tâm tư nguyện vọng của Nhân dân để tham mưu với cấp ủy, chính quyền.',
    lead: O.massMobilization,
    coordinating: [O.fatherlandFront, O.youthUnion, O.womensUnion, O.farmersAssociation],
    dueOn: '2026-06-30',
  },
  {
    text: 'Nhân rộng mô hình "Dân vận khéo" thiết thực, hiệu quả; sơ kết, khen thưởng điển hình trong năm 2026.',
    lead: O.massMobilization,
    coordinating: [O.peoplesCommittee, O.fatherlandFront],
    dueOn: '2026-12-15',
  },
  {
    text: 'Tạm dừng thực hiện Đề án 12-ĐA/TU; Mặt trận và các đoàn thể trở lại hoạt động theo từng tổ chức như trước đây.',
    lead: O.fatherlandFront,
    coordinating: [O.homeAffairs],
    dueOn: '2026-03-31',
  },
];

/** The review conference's conclusions and the tasks they became (made directly: no request context here). */
export function createConclusions(em: EntityManager, refs: Refs, meeting: Meeting): void {
  REVIEW_CONCLUSIONS.forEach((c, i) => {
    const title = c.text.slice(0, 500);
    const task = em.create(Task, {
      title,
      searchKey: foldForSearch(title),
      sourceKind: TaskSourceKind.MEETING_CONCLUSION,
      dueOn: c.dueOn,
    });
    const conclusion = em.create(MeetingConclusion, { meeting, position: i + 1, text: c.text, task });
    task.sourceConclusionId = conclusion.id;
    [c.lead, ...c.coordinating].forEach((code, k) =>
      em.create(TaskAssignment, {
        task,
        organization: refs.org(code),
        role: k === 0 ? AssignmentRole.LEAD : AssignmentRole.COORDINATING,
        assignedOn: '2026-01-09',
      }),
    );
  });
}
