/**
 * Program lists: filters, sorting, and an agency's shared plans (Organization.programs), only what the
 * viewer may read.
 */
import { describe, expect, it } from 'vitest';
import { gid, unique } from '../helpers/factories.js';
import { ProgramStatus } from '../../server/modules/programs/program.entity.js';
import { fails, ok } from '../helpers/results.js';
import {
  ChangeStatus,
  OrganizationPrograms,
  Programs,
  RemoveParticipant,
  createProgram,
  forceStatus,
  makeWorld,
  ts,
  useProgramsServer,
  yesterday,
} from '../helpers/programs.js';

useProgramsServer();

describe('program lists', () => {
  it('filters programs by participant and role, status, kinds, search and activeOn, and sorts', async () => {
    const w = await makeWorld();
    const tag = unique('F');
    const a = await createProgram(w, {
      code: `${tag}-A`,
      title: 'Kế hoạch phòng chống thiên tai',
      kind: 'RESPONSE_PLAN',
    });
    const b = await createProgram(w, {
      code: `${tag}-B`,
      startsOn: '2020-01-01',
      endsOn: '2022-12-31',
      participants: [
        { organizationId: gid.org(w.front), role: 'LEAD' },
        { organizationId: gid.org(w.government), role: 'PARTNER' },
      ],
    });
    const c = await createProgram(w, { code: `${tag}-C`, startsOn: null, endsOn: null });
    for (const p of [b, c]) {
      ok(
        await ts.gql(
          ChangeStatus,
          { input: { programId: p.id, expectedVersion: 1, status: 'ACTIVE' } },
          w.coordinator.token,
        ),
      );
    }
    const list = async (filter: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      ok(
        await ts.gql(
          Programs,
          { filter: { search: tag, ...filter }, ...extra } as never,
          w.coordinator.token,
        ),
      ).programs.edges.map((e) => e.node.code);
    expect(await list({})).toEqual([a.code, b.code, c.code]);
    expect(await list({ participantOrganizationId: gid.org(w.front) })).toEqual([a.code, b.code, c.code]);
    expect(await list({ participantOrganizationId: gid.org(w.front), role: 'LEAD' })).toEqual([b.code]);
    expect(await list({ participantOrganizationId: gid.org(w.government) })).toEqual([b.code]);
    expect(await list({ status: ['ACTIVE'] })).toEqual([b.code, c.code]);
    expect(await list({ status: ['DRAFT', 'SUSPENDED'] })).toEqual([a.code]);
    expect(await list({ kinds: ['RESPONSE_PLAN'] })).toEqual([a.code]);
    expect(await list({ search: 'phong chong thien tai' })).toEqual([a.code]);
    expect(await list({ activeOn: '2021-06-01' })).toEqual([b.code, c.code]);
    expect(await list({ activeOn: '2025-06-01' })).toEqual([c.code]);
    expect(await list({ activeOn: '2025-06-01', status: ['DRAFT'] })).toEqual([]);
    // A participant who left no longer counts as taking part.
    ok(
      await ts.gql(
        RemoveParticipant,
        { input: { programId: a.id, organizationId: gid.org(w.front), leftOn: yesterday } },
        w.coordinator.token,
      ),
    );
    expect(await list({ participantOrganizationId: gid.org(w.front) })).toEqual([b.code, c.code]);
    // Most recently changed first.
    expect(await list({}, { orderBy: 'UPDATED_AT' })).toEqual([c.code, b.code, a.code]);
    const page1 = ok(
      await ts.gql(
        Programs,
        { filter: { search: tag }, orderBy: 'UPDATED_AT', first: 2 },
        w.coordinator.token,
      ),
    ).programs;
    const page2 = ok(
      await ts.gql(
        Programs,
        { filter: { search: tag }, orderBy: 'UPDATED_AT', first: 2, after: page1.pageInfo.endCursor },
        w.coordinator.token,
      ),
    ).programs;
    expect([...page1.edges, ...page2.edges].map((e) => e.node.code)).toEqual([c.code, b.code, a.code]);
    fails(
      await ts.gql(Programs, { filter: { role: 'LEAD' } }, w.coordinator.token),
      'BAD_USER_INPUT',
      'role',
    );
    fails(
      await ts.gql(Programs, { filter: { participantOrganizationId: a.id } }, w.coordinator.token),
      'BAD_USER_INPUT',
      'participantOrganizationId',
    );
    fails(
      await ts.gql(Programs, { after: 'bm90LWEtY3Vyc29y' }, w.coordinator.token),
      'BAD_USER_INPUT',
      'after',
    );
  });

  it("answers an agency's shared plans: Organization.programs by role and status, only what the viewer may read", async () => {
    const w = await makeWorld();
    const tag = unique('S');
    const led = await createProgram(w, {
      code: `${tag}-1`,
      participants: [{ organizationId: gid.org(w.front), role: 'LEAD' }],
    });
    const partner = await createProgram(w, { code: `${tag}-2` });
    const third = await createProgram(w, { code: `${tag}-3` });
    await forceStatus(third.id, ProgramStatus.ACTIVE);
    // A program of the Front with an agency the owner's users cannot see.
    const hidden = await createProgram(
      { ...w, owner: w.outsider },
      { participants: [{ organizationId: gid.org(w.front), role: 'PARTNER' }], code: `${tag}-0` },
      w.outsiderCoordinator.token,
    );
    const plans = async (token: string, variables: Record<string, unknown> = {}) =>
      ok(await ts.gql(OrganizationPrograms, { id: gid.org(w.front), ...variables } as never, token))
        .organization.programs;
    const asFront = await plans(w.frontViewer.token);
    expect(asFront.edges[1].node).toMatchObject({ startsOn: '2024-01-01', endsOn: '2026-12-31' });
    expect(new Date(asFront.edges[1].node.updatedAt).getTime()).toBeGreaterThan(0);
    expect(asFront.edges.map((e) => e.node.id)).toEqual([hidden.id, led.id, partner.id, third.id]);
    // The owner's coordinator reads the Front's plans, but not the outsider's program.
    expect((await plans(w.coordinator.token)).edges.map((e) => e.node.id)).toEqual([
      led.id,
      partner.id,
      third.id,
    ]);
    expect((await plans(w.frontViewer.token, { role: 'LEAD' })).edges.map((e) => e.node.id)).toEqual([
      led.id,
    ]);
    expect((await plans(w.frontViewer.token, { status: ['ACTIVE'] })).edges.map((e) => e.node.id)).toEqual([
      third.id,
    ]);
    const page1 = await plans(w.frontViewer.token, { first: 2 });
    expect(page1).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const page2 = await plans(w.frontViewer.token, { first: 2, after: page1.pageInfo.endCursor });
    expect([...page1.edges, ...page2.edges].map((e) => e.node.id)).toEqual(
      asFront.edges.map((e) => e.node.id),
    );
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect(page1.edges.map((e) => e.cursor)).toEqual(asFront.edges.slice(0, 2).map((e) => e.cursor));
  });
});
