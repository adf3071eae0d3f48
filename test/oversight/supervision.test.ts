/**
 * Supervision: the Front records a supervision (subject, period, findings, recommendations); answers
 * to recommendations ("answered / made" is a query); a recommendation becomes a task for the supervised
 * organization through createTask in the same transaction; lists without N+1.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { gid, grantRole, unique } from '../helpers/factories.js';
import { fails, ok } from '../helpers/results.js';
import {
  RecordSupervision,
  Tally,
  makeWorld,
  recordSupervision,
  ts,
  useOversightServer,
} from '../helpers/oversight.js';
import { Role } from '../../server/core/access.js';

useOversightServer();

const Answer = graphql(`
  mutation OversightAnswerRecommendation($input: AnswerSupervisionRecommendationInput!) {
    answerSupervisionRecommendation(input: $input) { recommendation { id answer answeredOn version } }
  }
`);
const TurnIntoTask = graphql(`
  mutation OversightTurnIntoTask($input: TurnRecommendationIntoTaskInput!) {
    turnRecommendationIntoTask(input: $input) {
      recommendation { id task { id } }
      task { id title dueOn leadAssignment { organization { id } } }
    }
  }
`);
const Supervisions = graphql(`
  query OversightSupervisions($filter: SupervisionFilter, $first: Int) {
    supervisions(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          title organization { name } subjectOrganization { name } subjectPerson { fullName }
          recommendationCount answeredCount
          recommendations { content answer task { title } }
          viewerCan { answer turnIntoTask }
        }
      }
    }
  }
`);

describe('supervision', () => {
  it('checks the subject against its kind and the dates, with typed errors', async () => {
    const w = await makeWorld();
    const input = {
      organizationId: gid.org(w.front),
      title: 'Giám sát chính sách hỗ trợ hộ nghèo',
      subjectKind: 'POLICY' as never,
      subjectDescription: 'Chính sách hỗ trợ nhà ở cho hộ nghèo',
      periodStart: '2024-01-01',
      periodEnd: '2024-06-30',
      concludedOn: '2024-07-15',
      findings: 'Đúng đối tượng.',
      recommendations: ['Mở rộng đối tượng'],
    };
    const token = w.frontCoordinator.token;
    const policy = ok(await ts.gql(RecordSupervision, { input }, token)).recordSupervision.supervision;
    expect(policy).toMatchObject({
      subjectKind: 'POLICY',
      subjectOrganization: null,
      recommendationCount: 1,
      answeredCount: 0,
    });
    fails(
      await ts.gql(RecordSupervision, { input: { ...input, subjectDescription: null } }, token),
      'BAD_USER_INPUT',
      'subjectDescription',
    );
    fails(
      await ts.gql(
        RecordSupervision,
        { input: { ...input, subjectOrganizationId: gid.org(w.department) } },
        token,
      ),
      'BAD_USER_INPUT',
      'subjectOrganizationId',
    );
    fails(
      await ts.gql(RecordSupervision, { input: { ...input, subjectKind: 'ORGANIZATION' as never } }, token),
      'BAD_USER_INPUT',
      'subjectOrganizationId',
    );
    fails(
      await ts.gql(RecordSupervision, { input: { ...input, subjectKind: 'PERSON' as never } }, token),
      'BAD_USER_INPUT',
      'subjectPersonId',
    );
    fails(
      await ts.gql(RecordSupervision, { input: { ...input, periodEnd: '2023-12-31' } }, token),
      'BAD_USER_INPUT',
      'periodEnd',
    );
    fails(
      await ts.gql(RecordSupervision, { input: { ...input, concludedOn: '2023-12-31' } }, token),
      'BAD_USER_INPUT',
      'concludedOn',
    );
    fails(
      await ts.gql(RecordSupervision, { input: { ...input, recommendations: ['ok', ' '] } }, token),
      'BAD_USER_INPUT',
      'recommendations',
    );
    fails(await ts.gql(RecordSupervision, { input }, w.governmentCoordinator.token), 'FORBIDDEN');
  });

  it('tracks answers to recommendations: once each, after the conclusion, by either side', async () => {
    const w = await makeWorld();
    const tag = unique('GS');
    const supervision = await recordSupervision(w, { title: `${tag} Giám sát` });
    expect(supervision.viewerCan).toEqual({ answer: true, turnIntoTask: true });
    const [first, second] = supervision.recommendations;
    const answer = {
      recommendationId: first.id,
      expectedVersion: 1,
      answer: 'Đã trả lời 12 kiến nghị',
      answeredOn: '2024-09-01',
    };
    fails(await ts.gql(Answer, { input: answer }, w.departmentViewer.token), 'FORBIDDEN');
    fails(await ts.gql(Answer, { input: answer }, w.outsiderCoordinator.token), 'NOT_FOUND');
    fails(
      await ts.gql(Answer, { input: { ...answer, answeredOn: '2024-08-14' } }, w.governmentCoordinator.token),
      'BAD_USER_INPUT',
      'answeredOn',
    );
    fails(
      await ts.gql(Answer, { input: { ...answer, expectedVersion: 3 } }, w.governmentCoordinator.token),
      'CONFLICT',
      'expectedVersion',
    );
    expect(
      ok(await ts.gql(Answer, { input: answer }, w.governmentCoordinator.token))
        .answerSupervisionRecommendation.recommendation,
    ).toMatchObject({
      answeredOn: '2024-09-01',
      version: 2,
    });
    fails(
      await ts.gql(Answer, { input: { ...answer, expectedVersion: 2 } }, w.frontCoordinator.token),
      'CONFLICT',
      'recommendationId',
    );
    ok(await ts.gql(Answer, { input: { ...answer, recommendationId: second.id } }, w.frontCoordinator.token));
    await recordSupervision(w, { title: `${tag} Giám sát lần hai`, recommendations: ['a', 'b', 'c'] });
    const tally = async (supervisions: Record<string, unknown>, token = w.committeeViewer.token) =>
      ok(await ts.gql(Tally, { supervisions: { search: tag, ...supervisions } }, token)).supervisionTally;
    expect(await tally({})).toEqual({ supervisions: 2, recommendations: 5, answered: 2, tasked: 0 });
    expect(await tally({ subjectOrganizationId: gid.org(w.government) })).toMatchObject({ supervisions: 2 });
    expect(await tally({ periodFrom: '2024-07-01' })).toMatchObject({ supervisions: 0, recommendations: 0 });
    expect(await tally({}, w.departmentViewer.token)).toMatchObject({ supervisions: 2, answered: 2 });
    expect(await tally({}, w.outsiderCoordinator.token)).toMatchObject({
      supervisions: 0,
      recommendations: 0,
    });
    fails(
      await ts.gql(
        Tally,
        { supervisions: { periodFrom: '2024-07-01', periodTo: '2024-01-01' } },
        w.frontViewer.token,
      ),
      'BAD_USER_INPUT',
      'periodTo',
    );
  });

  it('turns a recommendation into a task for the supervised organization once, with createTask’s own rule', async () => {
    const w = await makeWorld();
    const supervision = await recordSupervision(w);
    const [recommendation] = supervision.recommendations;
    const input = { recommendationId: recommendation.id, dueOn: '2024-12-31' };
    // The Front may turn it, but createTask needs COORDINATOR on the lead (the department): the tasks
    // module refuses (a task the viewer could not read looks missing), nothing is kept.
    fails(await ts.gql(TurnIntoTask, { input }, w.frontCoordinator.token), 'NOT_FOUND');
    fails(await ts.gql(TurnIntoTask, { input }, w.governmentCoordinator.token), 'FORBIDDEN');
    await grantRole(ts.orm, w.frontCoordinator.user.id, w.government.id, Role.COORDINATOR);
    const done = ok(
      await ts.gql(TurnIntoTask, { input }, w.frontCoordinator.token),
    ).turnRecommendationIntoTask;
    expect(done.task).toMatchObject({
      title: 'Trả lời dứt điểm 12 kiến nghị',
      dueOn: '2024-12-31',
      leadAssignment: { organization: { id: gid.org(w.department) } },
    });
    expect(done.recommendation.task).toEqual({ id: done.task.id });
    fails(await ts.gql(TurnIntoTask, { input }, w.frontCoordinator.token), 'CONFLICT', 'recommendationId');
    const audit = await ts.orm.em
      .fork()
      .getConnection()
      .execute<{ changes: { entity: string }[] }[]>(
        `select changes from audit_record where operation = 'turnRecommendationIntoTask' and actor_user_id = ?`,
        [w.frontCoordinator.user.id],
      );
    expect(audit).toHaveLength(1);
    expect(new Set(audit[0].changes.map((c) => c.entity))).toEqual(
      new Set(['Task', 'TaskAssignment', 'SupervisionRecommendation']),
    );
    const tally = ok(
      await ts.gql(Tally, { supervisions: { search: supervision.title } }, w.frontViewer.token),
    ).supervisionTally;
    expect(tally.tasked).toBe(1);
  });

  it('lists supervisions with their recommendations and tasks in no more statements for 20 than for 2', async () => {
    const w = await makeWorld();
    const tag = unique('N');
    for (let i = 0; i < 20; i++)
      await recordSupervision(w, { title: `${tag} Giám sát ${String(i).padStart(2, '0')}` });
    const count = async (first: number) => {
      ts.sql.reset();
      const data = ok(
        await ts.gql(Supervisions, { filter: { search: tag }, first }, w.committeeViewer.token),
      ).supervisions;
      expect(data.edges).toHaveLength(first);
      expect(data.edges[0].node).toMatchObject({
        recommendationCount: 2,
        answeredCount: 0,
        viewerCan: { answer: false },
      });
      return ts.sql.count;
    };
    const small = await count(2);
    expect(await count(20)).toBeLessThanOrEqual(small);
    expect(small).toBeLessThanOrEqual(8);
  });
});
