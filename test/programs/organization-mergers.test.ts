/**
 * Organization mergers: current participations and ownership pass to the successor.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { gid, makeOrganization, unique } from '../helpers/factories.js';
import { Role } from '../../server/core/access.js';
import { codeOf, ok } from '../helpers/results.js';
import {
  AddParticipant,
  ChangeStatus,
  OrganizationPrograms,
  ProgramDetail,
  RemoveParticipant,
  admin,
  createProgram,
  detail,
  makeWorld,
  today,
  ts,
  useProgramsServer,
  userWith,
  yesterday,
} from '../helpers/programs.js';

useProgramsServer();

const Merge = graphql(`
  mutation ProgramsMerge($input: MergeOrganizationsInput!) {
    mergeOrganizations(input: $input) { successor { id } }
  }
`);

describe('organization mergers', () => {
  it('passes current participations and ownership of merged organizations to the successor', async () => {
    const w = await makeWorld();
    const em = ts.orm.em.fork();
    const district = await makeOrganization(em, { area: w.area, name: `Huyện ủy Hữu Lũng ${unique()}` });
    const commune = await makeOrganization(em, { area: w.area, name: `Đảng ủy xã Hữu Lũng ${unique()}` });
    const districtCoordinator = await userWith(Role.COORDINATOR, district);
    const districtOwner = { ...w, owner: district, coordinator: districtCoordinator };
    // 1: the district leads, the commune does not take part.
    const led = await createProgram(districtOwner, {
      participants: [
        { organizationId: gid.org(district), role: 'LEAD' },
        { organizationId: gid.org(w.front), role: 'PARTNER' },
      ],
    });
    ok(
      await ts.gql(
        ChangeStatus,
        { input: { programId: led.id, expectedVersion: 1, status: 'ACTIVE' } },
        districtCoordinator.token,
      ),
    );
    // 2: the district leads and the commune is a partner: the commune is raised to LEAD.
    const both = await createProgram(w, {
      participants: [
        { organizationId: gid.org(district), role: 'LEAD' },
        { organizationId: gid.org(commune), role: 'PARTNER' },
      ],
    });
    // 3: the district is a partner and the commune already leads: the commune keeps its part.
    const already = await createProgram(w, {
      participants: [
        { organizationId: gid.org(commune), role: 'LEAD' },
        { organizationId: gid.org(district), role: 'PARTNER' },
      ],
    });
    // 4: the district left long ago: nothing moves.
    const past = await createProgram(w);
    ok(
      await ts.gql(
        AddParticipant,
        {
          input: {
            programId: past.id,
            organizationId: gid.org(district),
            role: 'OBSERVER',
            joinedOn: '2024-01-01',
          },
        },
        w.coordinator.token,
      ),
    );
    ok(
      await ts.gql(
        RemoveParticipant,
        { input: { programId: past.id, organizationId: gid.org(district), leftOn: '2024-06-30' } },
        w.coordinator.token,
      ),
    );

    ok(
      await ts.gql(
        Merge,
        { input: { mergedIds: [gid.org(district)], successorId: gid.org(commune), effectiveOn: today } },
        admin.token,
      ),
    );

    const participations = async (id: string) =>
      (await detail(id, { includeLeft: true })).participants.map((p) => [
        p.organization.id,
        p.role,
        p.joinedOn,
        p.leftOn,
      ]);
    const ledAfter = await detail(led.id, { includeLeft: true });
    expect(ledAfter).toMatchObject({
      status: 'ACTIVE',
      owner: { id: gid.org(commune) },
      leadOrganization: { id: gid.org(commune) },
    });
    expect(await participations(led.id)).toEqual([
      [gid.org(district), 'LEAD', '2024-01-01', yesterday],
      [gid.org(commune), 'LEAD', today, null],
      [gid.org(w.front), 'PARTNER', '2024-01-01', null],
    ]);
    expect(await participations(both.id)).toEqual([
      [gid.org(district), 'LEAD', '2024-01-01', yesterday],
      [gid.org(commune), 'LEAD', today, null],
      [gid.org(commune), 'PARTNER', '2024-01-01', yesterday],
    ]);
    expect(await participations(already.id)).toEqual([
      [gid.org(commune), 'LEAD', '2024-01-01', null],
      [gid.org(district), 'PARTNER', '2024-01-01', yesterday],
    ]);
    expect((await participations(past.id)).filter(([org]) => org === gid.org(commune))).toEqual([]);

    // The successor's coordinator now runs the program it inherited; the shared plans moved with it.
    const communeCoordinator = await userWith(Role.COORDINATOR, commune);
    expect(
      ok(await ts.gql(ProgramDetail, { id: led.id }, communeCoordinator.token)).program.viewerCan.update,
    ).toBe(true);
    const plans = ok(
      await ts.gql(OrganizationPrograms, { id: gid.org(commune), role: 'LEAD' }, communeCoordinator.token),
    ).organization.programs;
    expect(plans.edges.map((e) => e.node.id).toSorted()).toEqual([led.id, both.id, already.id].toSorted());
    // The merged organization's history stays readable to its users.
    expect(codeOf(await ts.gql(ProgramDetail, { id: led.id }, districtCoordinator.token))).toBeUndefined();
  });
});
