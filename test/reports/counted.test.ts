/**
 * COUNTED indicators (issue 16): each owning module's definition counts its records for a set of
 * organizations over a period's days, in one statement for every code, by the cut-off days.
 */
import { describe, expect, it } from 'vitest';
import { countedCodes, countIndicators } from '../../server/app/counted-indicators.js';
import { foldForSearch } from '../../server/core/text.js';
import { AreaLevel } from '../../server/modules/areas/area.entity.js';
import { Meeting } from '../../server/modules/meetings/meeting.entity.js';
import { MeetingKind, MeetingStatus } from '../../server/modules/meetings/meeting.enums.js';
import { ChairRole, MeetingChair } from '../../server/modules/meetings/participation.entity.js';
import {
  MassMobilizationModel,
  ModelAdoption,
  ModelField,
  ModelStatus,
  ModelYearStatus,
} from '../../server/modules/models/model.entity.js';
import { OrganizationKind } from '../../server/modules/organizations/organization.entity.js';
import { CritiqueForm, SocialCritique } from '../../server/modules/oversight/critique.entity.js';
import {
  Supervision,
  SupervisionRecommendation,
  SupervisionSubjectKind,
} from '../../server/modules/oversight/supervision.entity.js';
import { Person } from '../../server/modules/people/person.entity.js';
import { Position } from '../../server/modules/people/position.entity.js';
import {
  Petition,
  PetitionChannel,
  PetitionKind,
  PetitionStatus,
} from '../../server/modules/petitions/petition.entity.js';
import { ProgramStatus } from '../../server/modules/programs/program.entity.js';
import { IndicatorCode } from '../../server/modules/reports/indicator-codes.js';
import { ReportIndicator } from '../../server/modules/reports/indicator.entity.js';
import { parsePeriod } from '../../server/modules/reports/periods.js';
import { IndicatorSource, PeriodType } from '../../server/modules/reports/report.enums.js';
import { AssignmentRole, TaskAssignment } from '../../server/modules/tasks/assignment.entity.js';
import { Task, TaskStatus } from '../../server/modules/tasks/task.entity.js';
import { makeArea, makeOrganization, makeProgram, unique } from '../helpers/factories.js';
import { ts, useReportsServer } from '../helpers/reports.js';

useReportsServer();

const year = parsePeriod(PeriodType.YEAR, '2025')!; // 2024-12-15 … 2025-12-14

describe('counting definitions', () => {
  it('cover every seeded COUNTED indicator', async () => {
    const seeded = await ts.orm.em.fork().find(ReportIndicator, { source: IndicatorSource.COUNTED });
    expect(countedCodes()).toEqual(seeded.map((i) => i.code).toSorted());
    expect(Object.keys(IndicatorCode)).toContain('DIALOGUES_HELD');
  });

  it("count a commune's records in the period, by the cut-off days, one statement for all", async () => {
    const em = ts.orm.em.fork();
    const province = await makeArea(em);
    const area = await makeArea(em, { level: AreaLevel.COMMUNE, parent: province });
    const commune = await makeOrganization(em, { area, kind: OrganizationKind.PEOPLES_COMMITTEE });
    const other = await makeOrganization(em, { area, kind: OrganizationKind.FATHERLAND_FRONT });
    const head = em.create(Person, { fullName: 'Chủ tịch UBND xã', searchKey: 'chu tich' });
    em.create(Position, {
      person: head,
      organization: commune,
      title: 'Chủ tịch',
      isHead: true,
      startsOn: '2020-01-01',
    });
    const meeting = (kind: MeetingKind, day: string, status: MeetingStatus = MeetingStatus.HELD) =>
      em.create(Meeting, {
        organization: commune,
        kind,
        title: 'Đối thoại',
        startsAt: new Date(`${day}T01:00:00Z`),
        endsAt: new Date(`${day}T03:00:00Z`),
        status,
      });
    const chaired = meeting(MeetingKind.DIALOGUE_WITH_PEOPLE, '2024-12-15');
    em.create(MeetingChair, { meeting: chaired, person: head, role: ChairRole.CHAIR });
    meeting(MeetingKind.DIALOGUE_WITH_PEOPLE, '2025-12-14');
    meeting(MeetingKind.DIALOGUE_WITH_PEOPLE, '2024-12-14'); // the year before
    meeting(MeetingKind.DIALOGUE_WITH_PEOPLE, '2025-06-01', MeetingStatus.CANCELLED);
    meeting(MeetingKind.CITIZEN_RECEPTION, '2025-03-01').citizenCount = 37;

    const petition = (kind: PetitionKind, receivedOn: string, extra: Partial<Petition> = {}) =>
      em.create(Petition, {
        kind,
        channel: PetitionChannel.POST,
        receivedOn,
        organization: commune,
        handler: commune,
        area,
        subject: unique('Đơn '),
        subjectKey: unique('don '),
        ...extra,
      } as never);
    petition(PetitionKind.COMPLAINT, '2025-01-10', {
      withinJurisdiction: true,
      status: PetitionStatus.RESOLVED,
      closedOn: '2025-02-01',
    });
    petition(PetitionKind.COMPLAINT, '2025-11-10', {
      withinJurisdiction: true,
      status: PetitionStatus.RESOLVED,
      closedOn: '2025-12-20',
    });
    const first = petition(PetitionKind.FEEDBACK, '2025-04-01', { withinJurisdiction: false });
    petition(PetitionKind.FEEDBACK, '2025-04-20', { repeatOf: first } as never); // a repeat: counted once
    petition(PetitionKind.DENUNCIATION, '2025-12-15'); // next year

    const model = (
      yearRegistered: number,
      statuses: [number, ModelStatus][],
      name = unique('Dân vận khéo '),
    ) => {
      const m = em.create(MassMobilizationModel, {
        name,
        searchKey: foldForSearch(name),
        owner: commune,
        area,
        level: AreaLevel.COMMUNE,
        field: ModelField.ECONOMY,
        yearRegistered,
        latestYear: statuses.at(-1)![0],
      });
      for (const [y, status] of statuses) em.create(ModelYearStatus, { model: m, year: y, status });
      return m;
    };
    model(2025, [[2025, ModelStatus.NEW]]);
    model(2024, [
      [2024, ModelStatus.NEW],
      [2025, ModelStatus.MAINTAINED],
    ]);
    model(2023, [
      [2023, ModelStatus.NEW],
      [2025, ModelStatus.COMMENDED],
    ]);
    model(2022, [
      [2022, ModelStatus.NEW],
      [2025, ModelStatus.DISCONTINUED],
    ]);
    const friendly = model(2021, [[2021, ModelStatus.NEW]], `Chính quyền thân thiện ${unique()}`);
    em.create(ModelAdoption, { model: friendly, organization: commune, adoptedOn: '2023-01-01' });

    em.create(SocialCritique, {
      organization: commune,
      draftTitle: 'Dự thảo 1',
      searchKey: 'du thao 1',
      draftingOrganization: other,
      form: CritiqueForm.WRITTEN,
      heldOn: '2025-05-01',
      opinionsCount: 7,
    });
    em.create(SocialCritique, {
      organization: commune,
      draftTitle: 'Dự thảo 2',
      searchKey: 'du thao 2',
      draftingOrganization: other,
      form: CritiqueForm.CONFERENCE,
      heldOn: '2025-07-01',
      opinionsCount: 5,
    });
    const supervision = em.create(Supervision, {
      organization: commune,
      title: 'Giám sát',
      searchKey: 'giam sat',
      subjectKind: SupervisionSubjectKind.POLICY,
      periodStart: '2025-01-01',
      periodEnd: '2025-03-01',
      concludedOn: '2025-04-01',
      findings: 'Kết luận',
    });
    em.create(SupervisionRecommendation, {
      supervision,
      position: 1,
      content: 'Kiến nghị 1',
      answer: 'Đã trả lời',
      answeredOn: '2025-06-01',
    });
    em.create(SupervisionRecommendation, { supervision, position: 2, content: 'Kiến nghị 2' });

    const task = (dueOn: string, status: TaskStatus, completedOn: string | null = null) => {
      const t = em.create(Task, {
        title: 'Nhiệm vụ',
        searchKey: 'nhiem vu',
        dueOn,
        status,
        completedOn,
      } as never);
      em.create(TaskAssignment, {
        task: t,
        organization: commune,
        role: AssignmentRole.LEAD,
        assignedOn: '2024-12-01',
      });
    };
    task('2025-03-01', TaskStatus.DONE, '2025-02-20');
    task('2025-04-01', TaskStatus.DONE, '2025-04-05');
    task('2025-05-01', TaskStatus.IN_PROGRESS);
    task('2025-06-01', TaskStatus.CANCELLED);
    await em.flush();
    await makeProgram(em, commune, { status: ProgramStatus.ACTIVE, startsOn: '2024-06-01' });
    await makeProgram(em, commune, { status: ProgramStatus.DRAFT });

    ts.sql.reset();
    const counts = await countIndicators(
      ts.orm.em.fork(),
      countedCodes(),
      [commune.id, other.id],
      year.start,
      year.end,
    );
    const of = (code: string) => counts.get(code)?.get(commune.id) ?? 0;
    expect(Object.fromEntries(countedCodes().map((c) => [c, of(c)]))).toEqual({
      CITIZEN_RECEPTIONS_HELD: 1,
      CITIZENS_RECEIVED: 37,
      COMMUNES_FRIENDLY_GOVERNMENT: 1,
      COMMUNES_TOTAL: 1,
      CRITIQUES_HELD: 2,
      CRITIQUE_OPINIONS: 12,
      DIALOGUES_CHAIRED_BY_HEAD: 1,
      DIALOGUES_HELD: 2,
      MODELS_COMMENDED: 0,
      MODELS_MAINTAINED: 2,
      MODELS_NEW: 1,
      MODELS_REGISTERED: 3,
      MODELS_REPLICATED: 0,
      PETITIONS_COMPLAINTS_RECEIVED: 2,
      PETITIONS_DENUNCIATIONS_RECEIVED: 0,
      PETITIONS_FEEDBACK_RECEIVED: 1,
      PETITIONS_IN_JURISDICTION_RECEIVED: 2,
      PETITIONS_IN_JURISDICTION_RESOLVED: 1,
      PETITIONS_RECEIVED: 3,
      PETITIONS_RECOMMENDATIONS_RECEIVED: 0,
      PROGRAMS_ACTIVE: 1,
      SUPERVISION_RECOMMENDATIONS_ANSWERED: 1,
      SUPERVISION_RECOMMENDATIONS_MADE: 2,
      TASKS_DONE_ON_TIME: 1,
      TASKS_DUE: 3,
    });
    // The Front counted beside it has none of these records; a Front is no commune government.
    expect(countedCodes().every((c) => !counts.get(c)?.get(other.id))).toBe(true);
  });
});
