/**
 * Adding and removing program participants, with history, and the rules that refuse a change.
 */
import { describe, expect, it } from 'vitest';
import { gid, makeOrganization } from '../helpers/factories.js';
import { Role } from '../../server/core/access.js';
import { OrganizationStatus } from '../../server/modules/organizations/organization.entity.js';
import { ProgramStatus } from '../../server/modules/programs/program.entity.js';
import { codeOf, dbId, fails, ok } from '../helpers/results.js';
import {
  AddParticipant,
  ChangeStatus,
  MISSING,
  PostUpdate,
  ProgramDetail,
  RemoveParticipant,
  UpdateDetails,
  createProgram,
  detail,
  endOrganization,
  forceStatus,
  makeWorld,
  storedCounts,
  today,
  ts,
  useProgramsServer,
  userWith,
  yesterday,
} from '../helpers/programs.js';

useProgramsServer();

describe('participants', () => {
  it('adds and removes participants, keeping the history', async () => {
    const w = await makeWorld();
    const program = await createProgram(w);
    const added = ok(
      await ts.gql(
        AddParticipant,
        { input: { programId: program.id, organizationId: gid.org(w.government), role: 'CO_LEAD' } },
        w.coordinator.token,
      ),
    ).addProgramParticipant;
    expect(added.participant).toMatchObject({
      role: 'CO_LEAD',
      joinedOn: today,
      leftOn: null,
      isCurrent: true,
      organization: { id: gid.org(w.government) },
    });
    expect(added.program.participants.map((p) => p.role)).toEqual(['LEAD', 'CO_LEAD', 'PARTNER']);
    // A CO_LEAD runs the program: the People's Committee coordinator may now manage it.
    const govCoordinator = await userWith(Role.COORDINATOR, w.government);
    expect(
      (await ts.gql(ProgramDetail, { id: program.id }, govCoordinator.token)).data?.program.viewerCan,
    ).toEqual({
      update: true,
      changeStatus: true,
      manageParticipants: true,
      postUpdate: true,
      createTask: true,
    });

    const removed = ok(
      await ts.gql(
        RemoveParticipant,
        { input: { programId: program.id, organizationId: gid.org(w.front), leftOn: yesterday } },
        govCoordinator.token,
      ),
    ).removeProgramParticipant.participant;
    expect(removed).toMatchObject({
      leftOn: yesterday,
      isCurrent: false,
      organization: { id: gid.org(w.front) },
    });
    const current = await detail(program.id);
    expect(current.participants.map((p) => p.organization.id)).toEqual([
      gid.org(w.owner),
      gid.org(w.government),
    ]);
    const history = await detail(program.id, { includeLeft: true });
    expect(history.participants.map((p) => [p.organization.id, p.leftOn])).toEqual([
      [gid.org(w.owner), null],
      [gid.org(w.government), null],
      [gid.org(w.front), yesterday],
    ]);
    // The Front took part once: it still sees the program (its history), but no longer runs anything.
    expect(codeOf(await ts.gql(ProgramDetail, { id: program.id }, w.frontViewer.token))).toBeUndefined();
    // It may join again, in another role.
    ok(
      await ts.gql(
        AddParticipant,
        { input: { programId: program.id, organizationId: gid.org(w.front), role: 'OBSERVER' } },
        w.coordinator.token,
      ),
    );
    // Leaving by default today: it takes part until the end of the day.
    const leavesToday = ok(
      await ts.gql(
        RemoveParticipant,
        { input: { programId: program.id, organizationId: gid.org(w.front) } },
        w.coordinator.token,
      ),
    ).removeProgramParticipant.participant;
    expect(leavesToday).toMatchObject({ leftOn: today, isCurrent: true, role: 'OBSERVER' });
  });

  it('refuses the last LEAD of an active program, duplicates, ended organizations and bad dates', async () => {
    const w = await makeWorld();
    const program = await createProgram(w);
    ok(
      await ts.gql(
        ChangeStatus,
        { input: { programId: program.id, expectedVersion: 1, status: 'ACTIVE' } },
        w.coordinator.token,
      ),
    );
    const merged = await makeOrganization(ts.orm.em.fork(), { area: w.area });
    await endOrganization(merged, OrganizationStatus.MERGED);
    const dissolved = await makeOrganization(ts.orm.em.fork(), { area: w.area });
    await endOrganization(dissolved, OrganizationStatus.DISSOLVED);
    const before = await storedCounts(dbId(program.id));
    const add = (organizationId: string, token = w.coordinator.token, extra: Record<string, unknown> = {}) =>
      ts.gql(
        AddParticipant,
        { input: { programId: program.id, organizationId, role: 'PARTNER', ...extra } as never },
        token,
      );
    const remove = (
      organizationId: string,
      extra: Record<string, unknown> = {},
      token = w.coordinator.token,
    ) =>
      ts.gql(
        RemoveParticipant,
        { input: { programId: program.id, organizationId, ...extra } as never },
        token,
      );
    fails(await add(gid.org(w.front)), 'CONFLICT', 'organizationId', 'already a partner');
    fails(await add(gid.org(merged)), 'CONFLICT', 'organizationId', 'merged');
    fails(await add(gid.org(dissolved)), 'CONFLICT', 'organizationId', 'dissolved');
    fails(await add(gid.org({ id: MISSING })), 'NOT_FOUND', undefined, 'unknown');
    fails(await add(gid.area(w.area)), 'BAD_USER_INPUT', 'organizationId', 'area id');
    fails(await add(gid.org(w.government), w.frontCoordinator.token), 'FORBIDDEN', undefined, 'partner');
    fails(await add(gid.org(w.government), w.outsiderCoordinator.token), 'NOT_FOUND', undefined, 'outsider');
    fails(await remove(gid.org(w.owner)), 'CONFLICT', 'organizationId', 'last lead');
    fails(await remove(gid.org(w.government)), 'CONFLICT', 'organizationId', 'not taking part');
    fails(await remove(gid.org({ id: MISSING })), 'NOT_FOUND', undefined, 'unknown org');
    fails(
      await remove(gid.org(w.front), { leftOn: '2023-12-31' }),
      'BAD_USER_INPUT',
      'leftOn',
      'before joining',
    );
    expect(await storedCounts(dbId(program.id))).toEqual(before);
    expect(
      (await detail(program.id, { includeLeft: true })).participants.every((p) => p.leftOn === null),
    ).toBe(true);

    // With a second LEAD, the first may leave; once suspended, the last may leave too.
    ok(await add(gid.org(w.government), w.coordinator.token, { role: 'LEAD', joinedOn: '2024-01-01' }));
    ok(await remove(gid.org(w.owner), { leftOn: yesterday }));
    expect((await detail(program.id)).leadOrganization?.id).toBe(gid.org(w.government));
    ok(
      await ts.gql(
        ChangeStatus,
        { input: { programId: program.id, expectedVersion: 2, status: 'SUSPENDED', reason: 'Rà soát' } },
        w.coordinator.token,
      ),
    );
    ok(await remove(gid.org(w.government), { leftOn: yesterday }));
    expect((await detail(program.id)).leadOrganization).toBeNull();
    const resume = await ts.gql(
      ChangeStatus,
      { input: { programId: program.id, expectedVersion: 3, status: 'ACTIVE' } },
      w.coordinator.token,
    );
    fails(resume, 'CONFLICT', 'status');
  });

  it('refuses changes to a closed program', async () => {
    const w = await makeWorld();
    const program = await createProgram(w);
    await forceStatus(program.id, ProgramStatus.CANCELLED);
    fails(
      await ts.gql(
        AddParticipant,
        { input: { programId: program.id, organizationId: gid.org(w.government), role: 'PARTNER' } },
        w.coordinator.token,
      ),
      'CONFLICT',
    );
    fails(
      await ts.gql(
        UpdateDetails,
        { input: { programId: program.id, expectedVersion: 2, title: 'X' } },
        w.coordinator.token,
      ),
      'CONFLICT',
    );
    fails(
      await ts.gql(
        PostUpdate,
        { input: { programId: program.id, organizationId: gid.org(w.owner), health: 'ON_TRACK', body: 'X' } },
        w.coordinator.token,
      ),
      'CONFLICT',
    );
  });
});
