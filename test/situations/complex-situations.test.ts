/**
 * Complex situations ("điểm nóng"): opening one notifies the handling organizations, live; escalation
 * only upwards; the status moves in order (a move out of order is a typed error); a response program
 * starts from it in one step (createProgram in the same transaction); who may read and change it.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { gid, unique } from '../helpers/factories.js';
import { connectClient, subscribe } from '../helpers/realtime.js';
import { fails, ok } from '../helpers/results.js';
import {
  ChangeStatus,
  Escalate,
  makeWorld,
  openSituation,
  ts,
  useSituationsServer,
} from '../helpers/situations.js';

useSituationsServer();

const Inbox = graphql(`
  query SituationsInbox { notifications(first: 10) { edges { node { kind title body subjectType } } } }
`);
const Added = graphql(`
  subscription SituationsNotificationAdded { notificationAdded { kind title subjectType } }
`);
const StartResponse = graphql(`
  mutation SituationsStartResponse($input: StartResponseProgramInput!) {
    startResponseProgram(input: $input) {
      situation { id version responseProgram { id } }
      program { id kind code title status startsOn leadOrganization { id } participants { role organization { id } } }
    }
  }
`);
const Detail = `query($id: ID!) { complexSituation(id: $id) { id title status } }`;

describe('complex situations', () => {
  it('opens EMERGING and tells the handling organizations live; escalation tells them again', async () => {
    const w = await makeWorld();
    const client = connectClient(ts.wsUrl, w.policeViewer.token);
    try {
      const live = await subscribe(client.client, Added, {}, ts.events);
      const situation = await openSituation(w, { title: 'Tụ tập đông người tại trụ sở xã' });
      expect(situation).toMatchObject({
        status: 'EMERGING',
        severity: 'MEDIUM',
        organization: { id: gid.org(w.owner) },
        handlingOrganizations: [{ id: gid.org(w.police) }],
        viewerCan: { changeStatus: true, escalate: true, startResponseProgram: true },
      });
      await expect.poll(() => live.received.map((n) => n.kind)).toEqual(['COMPLEX_SITUATION']);
      expect(live.received[0]).toMatchObject({
        title: 'Điểm nóng mới phát sinh',
        subjectType: 'ComplexSituation',
      });
      const input = { situationId: situation.id, expectedVersion: 1, severity: 'HIGH' as never };
      fails(
        await ts.gql(
          Escalate,
          { input: { ...input, severity: 'MEDIUM' as never } },
          w.policeCoordinator.token,
        ),
        'BAD_USER_INPUT',
        'severity',
      );
      fails(
        await ts.gql(Escalate, { input: { ...input, expectedVersion: 9 } }, w.policeCoordinator.token),
        'CONFLICT',
        'expectedVersion',
      );
      fails(await ts.gql(Escalate, { input }, w.policeViewer.token), 'FORBIDDEN');
      fails(await ts.gql(Escalate, { input }, w.outsiderCoordinator.token), 'NOT_FOUND');
      const escalated = ok(
        await ts.gql(
          Escalate,
          { input: { ...input, addHandlingOrganizationIds: [gid.org(w.communeGov)] } },
          w.policeCoordinator.token,
        ),
      ).escalateComplexSituation.situation;
      expect(escalated).toMatchObject({ severity: 'HIGH', version: 2 });
      expect(escalated.handlingOrganizations.map((o) => o.id)).toEqual([
        gid.org(w.police),
        gid.org(w.communeGov),
      ]);
      await expect.poll(() => live.received.length).toBe(2);
      expect(live.received[1].title).toBe('Điểm nóng diễn biến phức tạp hơn');
      const communeInbox = ok(await ts.gql(Inbox, {}, w.communeViewer.token)).notifications.edges.map(
        (e) => e.node,
      );
      expect(communeInbox).toEqual([
        {
          kind: 'COMPLEX_SITUATION',
          title: 'Điểm nóng diễn biến phức tạp hơn',
          body: `${situation.title} (HIGH)`,
          subjectType: 'ComplexSituation',
        },
      ]);
      expect(ok(await ts.gql(Inbox, {}, w.outsiderCoordinator.token)).notifications.edges).toEqual([]);
    } finally {
      await client.dispose();
    }
  });

  it('moves EMERGING → HANDLING → STABILIZED → RESOLVED in order only', async () => {
    const w = await makeWorld();
    const situation = await openSituation(w, { openedOn: '2024-10-01' });
    const token = w.policeCoordinator.token;
    const move = (status: string, expectedVersion: number, resolvedOn?: string) =>
      ts.gql(
        ChangeStatus,
        { input: { situationId: situation.id, expectedVersion, status: status as never, resolvedOn } },
        token,
      );
    fails(await move('STABILIZED', 1), 'CONFLICT', 'status');
    fails(await move('RESOLVED', 1), 'CONFLICT', 'status');
    fails(await move('HANDLING', 1, '2024-10-02'), 'BAD_USER_INPUT', 'resolvedOn');
    expect(ok(await move('HANDLING', 1)).changeComplexSituationStatus.situation).toMatchObject({
      status: 'HANDLING',
      version: 2,
    });
    expect(ok(await move('STABILIZED', 2)).changeComplexSituationStatus.situation.status).toBe('STABILIZED');
    fails(await move('EMERGING', 3), 'CONFLICT', 'status');
    fails(await move('RESOLVED', 3, '2024-09-30'), 'BAD_USER_INPUT', 'resolvedOn');
    expect(ok(await move('RESOLVED', 3, '2024-11-20')).changeComplexSituationStatus.situation).toMatchObject({
      status: 'RESOLVED',
      resolvedOn: '2024-11-20',
    });
    fails(await move('HANDLING', 4), 'CONFLICT', 'status');
    fails(
      await ts.gql(
        Escalate,
        { input: { situationId: situation.id, expectedVersion: 4, severity: 'CRITICAL' as never } },
        token,
      ),
      'CONFLICT',
      'situationId',
    );
  });

  it('starts a response program in one step, once, with the handling organizations as partners', async () => {
    const w = await makeWorld();
    const situation = await openSituation(w, { title: 'Sạt lở đất tại thôn Nà Lừa', category: 'DISASTER' });
    const input = { situationId: situation.id, code: unique('PA-') };
    fails(await ts.gql(StartResponse, { input }, w.policeCoordinator.token), 'FORBIDDEN');
    const done = ok(await ts.gql(StartResponse, { input }, w.coordinator.token)).startResponseProgram;
    expect(done.program).toMatchObject({
      kind: 'RESPONSE_PLAN',
      code: input.code,
      title: 'Phương án xử lý: Sạt lở đất tại thôn Nà Lừa',
      status: 'DRAFT',
      startsOn: '2024-10-01',
      leadOrganization: { id: gid.org(w.owner) },
    });
    expect(done.program.participants.map((p) => [p.role, p.organization.id])).toEqual([
      ['LEAD', gid.org(w.owner)],
      ['PARTNER', gid.org(w.police)],
    ]);
    expect(done.situation.responseProgram).toEqual({ id: done.program.id });
    fails(
      await ts.gql(StartResponse, { input: { ...input, code: unique('PA-') } }, w.coordinator.token),
      'CONFLICT',
      'situationId',
    );
    const audit = await ts.orm.em
      .fork()
      .getConnection()
      .execute<{ changes: { entity: string }[] }[]>(
        `select changes from audit_record where operation = 'startResponseProgram' and actor_user_id = ?`,
        [w.coordinator.user.id],
      );
    expect(audit).toHaveLength(1);
    expect(new Set(audit[0].changes.map((c) => c.entity))).toEqual(
      new Set(['CoordinationProgram', 'ProgramParticipant', 'ComplexSituation']),
    );
  });

  it('is read by the opener, the handlers and those above them; NOT_FOUND for anyone else; typed errors on open', async () => {
    const w = await makeWorld();
    const situation = await openSituation(w);
    for (const reader of [w.committeeViewer, w.policeViewer]) {
      expect(
        ok(await ts.gql<{ complexSituation: { id: string } }>(Detail, { id: situation.id }, reader.token))
          .complexSituation.id,
      ).toBe(situation.id);
    }
    for (const stranger of [w.communeViewer, w.outsiderCoordinator])
      fails(await ts.gql(Detail, { id: situation.id }, stranger.token), 'NOT_FOUND');
    const base = {
      organizationId: gid.org(w.owner),
      title: 'Điểm nóng',
      category: 'OTHER' as never,
      severity: 'LOW' as never,
      areaId: gid.area(w.province),
      openedOn: '2024-01-01',
    };
    const open = (input: Record<string, unknown>, token = w.coordinator.token) =>
      ts.gql(
        graphql(
          `mutation SituationsOpenBare($input: OpenComplexSituationInput!) { openComplexSituation(input: $input) { situation { id } } }`,
        ),
        { input: { ...base, ...input } as never },
        token,
      );
    fails(await open({ title: ' ' }), 'BAD_USER_INPUT', 'title');
    fails(
      await open({ handlingOrganizationIds: [gid.org(w.police), gid.org(w.police)] }),
      'BAD_USER_INPUT',
      'handlingOrganizationIds',
    );
    fails(await open({ areaId: gid.org(w.police) }), 'BAD_USER_INPUT', 'areaId');
    fails(await open({}, w.policeCoordinator.token), 'FORBIDDEN');
    const can = async (token: string) =>
      ok(
        await ts.gql<{ organization: { viewerCan: Record<string, boolean> } }>(
          'query($id: ID!) { organization(id: $id) { viewerCan { reportSituation openComplexSituation } } }',
          { id: gid.org(w.owner) },
          token,
        ),
      ).organization.viewerCan;
    expect(await can(w.coordinator.token)).toEqual({ reportSituation: true, openComplexSituation: true });
    expect(await can(w.policeCoordinator.token)).toEqual({
      reportSituation: false,
      openComplexSituation: false,
    });
  });
});
