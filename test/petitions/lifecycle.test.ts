/**
 * Petitions' lifecycle: RECEIVED → CLASSIFIED → IN_PROGRESS → RESOLVED with the time limits per
 * kind, the one extension of a denunciation, withdrawing and filing, and a typed error for every
 * bad step (out of order, stale version, no outcome, dates out of order, a dissolved target).
 */
import { describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../server/core/scalars.js';
import { PetitionKind, PetitionStatus } from '../../server/modules/petitions/petition.entity.js';
import { addDays } from '../../server/modules/petitions/petition.deadlines.js';
import { gid } from '../helpers/factories.js';
import { fails, ok } from '../helpers/results.js';
import {
  change,
  makePetition,
  makeWorld,
  petitionGid,
  PETITIONER,
  read,
  receive,
  receiveInput,
  ReceivePetition,
  ts,
  usePetitionsServer,
} from '../helpers/petitions.js';

usePetitionsServer();

const step = (id: string, version: number) => ({ petitionId: id, expectedVersion: version });

describe('petition lifecycle', () => {
  it('receives, classifies (30 days from acceptance), handles and resolves a complaint', async () => {
    const w = await makeWorld();
    const received = await receive(w, { subject: '  Khiếu nại   về   bồi thường  '.normalize('NFD') });
    expect(received).toMatchObject({
      kind: 'COMPLAINT',
      status: 'RECEIVED',
      subject: 'Khiếu nại về bồi thường',
      version: 1,
      isRepeat: false,
      dueOn: null,
      receivedBy: { id: gid.org(w.a) },
      handler: { id: gid.org(w.a) },
      handlers: [{ startedOn: '2025-03-03', endedOn: null, note: null, organization: { id: gid.org(w.a) } }],
      viewerCan: { handle: true, transfer: false, readPetitioner: true },
    });
    const classified = ok(
      await change(
        'classifyPetition',
        'ClassifyPetitionInput',
        { ...step(received.id, 1), withinJurisdiction: true, acceptedOn: '2025-03-05' },
        w.aMember.token,
      ),
    ).classifyPetition.petition;
    expect(classified).toMatchObject({ status: 'CLASSIFIED', dueOn: '2025-04-04', withinJurisdiction: true });
    const started = ok(
      await change('startHandlingPetition', 'PetitionStepInput', step(received.id, 2), w.aMember.token),
    ).startHandlingPetition.petition;
    expect(started.status).toBe('IN_PROGRESS');
    const resolved = await ts.gql<{ resolvePetition: { petition: Record<string, unknown> } }>(
      `mutation($i: ResolvePetitionInput!) { resolvePetition(input: $i) { petition { status outcome closedOn version overdue } } }`,
      { i: { ...step(received.id, 3), outcome: '  Giữ nguyên mức bồi thường  ', resolvedOn: '2025-03-28' } },
      w.aMember.token,
    );
    expect(ok(resolved).resolvePetition.petition).toEqual({
      status: 'RESOLVED',
      outcome: 'Giữ nguyên mức bồi thường',
      closedOn: '2025-03-28',
      version: 4,
      overdue: false,
    });
    // One audit record per change, listing the petition under its receiving organization.
    const audits = await ts.orm.em
      .fork()
      .getConnection()
      .execute<{ operation: string }[]>(
        `select operation from audit_record where actor_user_id = ? order by occurred_at`,
        [w.aMember.user.id],
      );
    expect(audits.map((a) => a.operation)).toEqual([
      'receivePetition',
      'classifyPetition',
      'startHandlingPetition',
      'resolvePetition',
    ]);
  });

  it('sets the time limit per kind: complex complaints 45 days, recommendations 15, none outside jurisdiction', async () => {
    const w = await makeWorld();
    const cases: [PetitionKind, boolean, boolean, string | null][] = [
      [PetitionKind.COMPLAINT, true, true, '2025-04-19'],
      [PetitionKind.RECOMMENDATION, false, true, '2025-03-20'],
      [PetitionKind.FEEDBACK, false, true, '2025-03-20'],
      [PetitionKind.DENUNCIATION, true, true, '2025-04-04'],
      [PetitionKind.COMPLAINT, false, false, null],
    ];
    for (const [kind, complex, within, dueOn] of cases) {
      const p = await receive(w, { kind });
      const input = {
        ...step(p.id, 1),
        withinJurisdiction: within,
        complex,
        acceptedOn: within ? '2025-03-05' : null,
      };
      const classified = ok(
        await change('classifyPetition', 'ClassifyPetitionInput', input, w.aMember.token),
      );
      expect(classified.classifyPetition.petition.dueOn, `${kind} complex=${complex}`).toBe(dueOn);
    }
  });

  it('extends a denunciation once by 30 days; refuses a second extension and any for other kinds', async () => {
    const w = await makeWorld();
    const denunciation = await receive(w, { kind: 'DENUNCIATION' });
    const input = { ...step(denunciation.id, 1), withinJurisdiction: true, acceptedOn: '2025-03-05' };
    ok(await change('classifyPetition', 'ClassifyPetitionInput', input, w.aMember.token));
    const extended = ok(
      await change('extendPetitionDeadline', 'PetitionStepInput', step(denunciation.id, 2), w.aMember.token),
    ).extendPetitionDeadline.petition;
    expect(extended).toMatchObject({ dueOn: '2025-05-04', version: 3 });
    fails(
      await change('extendPetitionDeadline', 'PetitionStepInput', step(denunciation.id, 3), w.aMember.token),
      'CONFLICT',
      'extensions',
    );
    const complaint = await receive(w);
    const classify = { ...step(complaint.id, 1), withinJurisdiction: true };
    ok(await change('classifyPetition', 'ClassifyPetitionInput', classify, w.aMember.token));
    fails(
      await change('extendPetitionDeadline', 'PetitionStepInput', step(complaint.id, 2), w.aMember.token),
      'CONFLICT',
      'extensions',
    );
  });

  it('withdraws or files a petition (final), with the reason', async () => {
    const w = await makeWorld();
    const withdrawn = await receive(w);
    const closeInput = (id: string) => ({
      ...step(id, 1),
      reason: 'Công dân rút đơn',
      closedOn: '2025-03-10',
    });
    expect(
      ok(await change('withdrawPetition', 'ClosePetitionInput', closeInput(withdrawn.id), w.aMember.token))
        .withdrawPetition.petition.status,
    ).toBe('WITHDRAWN');
    const filed = await receive(w);
    expect(
      ok(await change('filePetitionNoAction', 'ClosePetitionInput', closeInput(filed.id), w.aMember.token))
        .filePetitionNoAction.petition.status,
    ).toBe('FILED_NO_ACTION');
    fails(
      await change(
        'classifyPetition',
        'ClassifyPetitionInput',
        { ...step(filed.id, 2), withinJurisdiction: true },
        w.aMember.token,
      ),
      'CONFLICT',
      'status',
    );
  });

  it('answers every bad step with a typed error and changes nothing', async () => {
    const w = await makeWorld();
    const p = await receive(w);
    const m = w.aMember.token;
    const c = w.aCoordinator.token;
    const cases: [string, string, Record<string, unknown>, string, string, string?][] = [
      [
        'start before classifying',
        'startHandlingPetition',
        step(p.id, 1),
        'PetitionStepInput',
        'CONFLICT',
        'status',
      ],
      [
        'resolve before handling',
        'resolvePetition',
        { ...step(p.id, 1), outcome: 'Xong', resolvedOn: '2025-03-10' },
        'ResolvePetitionInput',
        'CONFLICT',
        'status',
      ],
      [
        'stale version',
        'classifyPetition',
        { ...step(p.id, 7), withinJurisdiction: true },
        'ClassifyPetitionInput',
        'CONFLICT',
        'expectedVersion',
      ],
      [
        'accepted before received',
        'classifyPetition',
        { ...step(p.id, 1), withinJurisdiction: true, acceptedOn: '2025-03-01' },
        'ClassifyPetitionInput',
        'BAD_USER_INPUT',
        'acceptedOn',
      ],
      [
        'accepted outside jurisdiction',
        'classifyPetition',
        { ...step(p.id, 1), withinJurisdiction: false, acceptedOn: '2025-03-04' },
        'ClassifyPetitionInput',
        'BAD_USER_INPUT',
        'acceptedOn',
      ],
      [
        'transfer to a dissolved organization',
        'transferPetition',
        { ...step(p.id, 1), toOrganizationId: gid.org(w.dissolved) },
        'TransferPetitionInput',
        'CONFLICT',
        'toOrganizationId',
      ],
      [
        'transfer to itself',
        'transferPetition',
        { ...step(p.id, 1), toOrganizationId: gid.org(w.a) },
        'TransferPetitionInput',
        'BAD_USER_INPUT',
        'toOrganizationId',
      ],
      [
        'transfer to an area',
        'transferPetition',
        { ...step(p.id, 1), toOrganizationId: gid.area(w.area) },
        'TransferPetitionInput',
        'BAD_USER_INPUT',
        'toOrganizationId',
      ],
      [
        'a blank reason',
        'withdrawPetition',
        { ...step(p.id, 1), reason: '   ' },
        'ClosePetitionInput',
        'BAD_USER_INPUT',
        'reason',
      ],
      [
        'closed in the future',
        'withdrawPetition',
        { ...step(p.id, 1), reason: 'Rút', closedOn: addDays(todayInVietnam(), 2) },
        'ClosePetitionInput',
        'BAD_USER_INPUT',
        'closedOn',
      ],
      [
        'not a petition id',
        'startHandlingPetition',
        { petitionId: gid.org(w.a), expectedVersion: 1 },
        'PetitionStepInput',
        'BAD_USER_INPUT',
        'petitionId',
      ],
    ];
    for (const [label, name, input, type, code, field] of cases) {
      fails(await change(name, type, input, name === 'transferPetition' ? c : m), code, field, label);
    }
    expect(ok(await read(p.id, m)).node).toMatchObject({ status: 'RECEIVED', version: 1 });

    // Out of order further on: no outcome, resolved before received, outside jurisdiction.
    ok(
      await change(
        'classifyPetition',
        'ClassifyPetitionInput',
        { ...step(p.id, 1), withinJurisdiction: false },
        m,
      ),
    );
    fails(
      await change('startHandlingPetition', 'PetitionStepInput', step(p.id, 2), m),
      'CONFLICT',
      'withinJurisdiction',
    );
    const inside = await receive(w);
    ok(
      await change(
        'classifyPetition',
        'ClassifyPetitionInput',
        { ...step(inside.id, 1), withinJurisdiction: true },
        m,
      ),
    );
    ok(await change('startHandlingPetition', 'PetitionStepInput', step(inside.id, 2), m));
    fails(
      await change(
        'resolvePetition',
        'ResolvePetitionInput',
        { ...step(inside.id, 3), outcome: ' ', resolvedOn: '2025-03-10' },
        m,
      ),
      'BAD_USER_INPUT',
      'outcome',
    );
    fails(
      await change(
        'resolvePetition',
        'ResolvePetitionInput',
        { ...step(inside.id, 3), outcome: 'Xong', resolvedOn: '2025-03-01' },
        m,
      ),
      'BAD_USER_INPUT',
      'resolvedOn',
    );
  });

  it('refuses bad input on receiving: future day, blank texts, unknown area, dissolved receiver', async () => {
    const w = await makeWorld();
    const cases: [string, Record<string, unknown>, string, string?][] = [
      [
        'received in the future',
        { receivedOn: addDays(todayInVietnam(), 1) },
        'BAD_USER_INPUT',
        'receivedOn',
      ],
      ['blank subject', { subject: '  ' }, 'BAD_USER_INPUT', 'subject'],
      ['blank petitioner name', { petitioner: { fullName: ' ' } }, 'BAD_USER_INPUT', 'petitioner.fullName'],
      ['unknown area', { areaId: gid.area({ id: '00000000-0000-4000-8000-000000000000' }) }, 'NOT_FOUND'],
      ['dissolved receiver', { organizationId: gid.org(w.dissolved) }, 'CONFLICT', 'organizationId'],
    ];
    for (const [label, overrides, code, field] of cases) {
      const result = await ts.gql(
        ReceivePetition,
        { input: receiveInput(w, overrides) as never },
        w.admin.token,
      );
      fails(result, code, field, label);
    }
    // A VIEWER of A may read A's petitions but not receive one for it.
    fails(await ts.gql(ReceivePetition, { input: receiveInput(w) as never }, w.aViewer.token), 'FORBIDDEN');
  });

  it('spawns a follow-up task through createTask, in one transaction', async () => {
    const w = await makeWorld();
    const p = await receive(w);
    const mutation = `mutation($i: CreatePetitionFollowUpTaskInput!) {
      createPetitionFollowUpTask(input: $i) { petition { id } task { id title leadAssignment { organization { id } } } } }`;
    const input = {
      petitionId: p.id,
      title: 'Kiểm tra hiện trường',
      dueOn: '2030-04-01',
      lead: { organizationId: gid.org(w.a) },
    };
    // A MEMBER handles the petition but may not create a task with A as lead: nothing is written.
    fails(await ts.gql(mutation, { i: input }, w.aMember.token), 'FORBIDDEN');
    expect(ok(await read(p.id, w.aMember.token)).node).toMatchObject({ followUpTasks: [] });
    const created = ok(
      await ts.gql<{ createPetitionFollowUpTask: { task: { id: string } } }>(
        mutation,
        { i: input },
        w.aCoordinator.token,
      ),
    );
    const node = ok(await read(p.id, w.aCoordinator.token)).node as { followUpTasks: { id: string }[] };
    expect(node.followUpTasks.map((t) => t.id)).toEqual([created.createPetitionFollowUpTask.task.id]);
  });

  it('lists overdue petitions: open past the time limit, not closed ones', async () => {
    const w = await makeWorld();
    const late = await makePetition(w.a, w.commune, {
      status: PetitionStatus.IN_PROGRESS,
      dueOn: '2025-01-10',
    });
    await makePetition(w.a, w.commune, { status: PetitionStatus.RESOLVED, dueOn: '2025-01-10' });
    await makePetition(w.a, w.commune, {
      status: PetitionStatus.CLASSIFIED,
      dueOn: addDays(todayInVietnam(), 5),
    });
    const list = (overdue: boolean) =>
      ts.gql<{
        organization: {
          petitions: { totalCount: number; edges: { node: { id: string; overdue: boolean } }[] };
        };
      }>(
        `query($id: ID!, $f: PetitionFilter) { organization(id: $id) { petitions(filter: $f) { totalCount edges { node { id overdue } } } } }`,
        { id: gid.org(w.a), f: { overdue } },
        w.aViewer.token,
      );
    const overdue = ok(await list(true)).organization.petitions;
    expect(overdue.edges.map((e) => e.node)).toEqual([{ id: petitionGid(late), overdue: true }]);
    expect(ok(await list(false)).organization.petitions.totalCount).toBe(2);
  });
});

describe('correcting a petition', () => {
  it("changes its subject or summary by its handler's MEMBER, under optimistic locking, not its petitioner", async () => {
    const w = await makeWorld();
    const p = await receive(w);
    const edit = (input: Record<string, unknown>, token = w.aMember.token) =>
      ts.gql<{
        updatePetitionDetails: { petition: { subject: string; summary: string | null; version: number } };
      }>(
        'mutation($i: UpdatePetitionDetailsInput!) { updatePetitionDetails(input: $i) { petition { subject summary version } } }',
        { i: { petitionId: p.id, expectedVersion: 1, ...input } },
        token,
      );
    fails(await edit({ subject: ' ' }), 'BAD_USER_INPUT', 'subject');
    fails(await edit({ subject: 'Khác' }, w.aViewer.token), 'FORBIDDEN');
    fails(await edit({ subject: 'Khác' }, w.outsider.token), 'NOT_FOUND');
    expect(
      ok(await edit({ subject: 'Phản ánh về bồi thường đất ở', summary: null })).updatePetitionDetails
        .petition,
    ).toEqual({ subject: 'Phản ánh về bồi thường đất ở', summary: null, version: 2 });
    fails(await edit({ summary: 'x' }), 'CONFLICT', 'expectedVersion');
    expect(ok(await read(p.id, w.aMember.token)).node).toMatchObject({ petitioner: { ...PETITIONER } });
  });
});
