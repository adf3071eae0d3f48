/**
 * N+1 guard: the shared-plans page of 5 or 40 programs in the same small number of SQL statements.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { gid, makeArea, makeOrganization, unique, makeProgram } from '../helpers/factories.js';
import { Role } from '../../server/core/access.js';
import type { AdministrativeArea } from '../../server/modules/areas/area.entity.js';
import { OrganizationKind } from '../../server/modules/organizations/organization.entity.js';
import { ParticipantRole } from '../../server/modules/programs/participant.entity.js';
import { ProgramKind } from '../../server/modules/programs/program.entity.js';
import { ok } from '../helpers/results.js';
import { ts, useProgramsServer, userWith } from '../helpers/programs.js';

useProgramsServer();

const SharedPlans = graphql(`
  query ProgramsSharedPlans($search: String) {
    programs(first: 50, filter: { search: $search }) {
      totalCount
      edges {
        node {
          code
          leadOrganization { name }
          participants { role organization { name } }
          objectives { latestValue }
          updates(first: 3) { edges { node { body } } }
        }
      }
    }
  }
`);

const OrganizationsSharedPlans = graphql(`
  query ProgramsOrganizationsSharedPlans($areaId: ID!) {
    organizations(first: 20, filter: { areaId: $areaId }) {
      edges { node { name programs(first: 3) { totalCount edges { node { code } } } } }
    }
  }
`);

describe('N+1 guard', () => {
  it('reads the shared-plans page of 5 or 40 programs in the same small number of SQL statements', async () => {
    const em = ts.orm.em.fork();
    const area: AdministrativeArea = await makeArea(em);
    const owner = await makeOrganization(em, { area, name: `Ban Dân vận ${unique()}` });
    const front = await makeOrganization(em, {
      area,
      name: `MTTQ ${unique()}`,
      kind: OrganizationKind.FATHERLAND_FRONT,
    });
    const union = await makeOrganization(em, {
      area,
      name: `Hội Nông dân ${unique()}`,
      kind: OrganizationKind.SOCIO_POLITICAL_ORG,
    });
    const viewer = await userWith(Role.VIEWER, owner);
    const tag = unique('N');
    const seed = async (count: number) => {
      for (let i = 0; i < count; i++) {
        await makeProgram(em, owner, {
          code: `${tag}-${unique()}`,
          kind: ProgramKind.ACTION_PROGRAM,
          startsOn: '2024-01-01',
          participants: [
            [front, ParticipantRole.PARTNER],
            [union, ParticipantRole.OBSERVER],
          ],
          objective: true,
          updates: 4,
        });
      }
    };
    const measure = async (expected: number) => {
      ts.sql.reset();
      const result = await ts.gql(SharedPlans, { search: tag }, viewer.token);
      const count = ts.sql.count;
      const statements = [...ts.sql.statements];
      const programs = ok(result).programs;
      expect(programs.totalCount).toBe(expected);
      expect(programs.edges).toHaveLength(expected);
      for (const { node } of programs.edges) {
        expect(node.leadOrganization?.name).toBe(owner.name);
        expect(node.participants.map((p) => [p.role, p.organization.name])).toEqual([
          ['LEAD', owner.name],
          ['PARTNER', front.name],
          ['OBSERVER', union.name],
        ]);
        expect(node.objectives.map((o) => o.latestValue)).toEqual([166]);
        expect(node.updates.edges.map((e) => e.node.body)).toEqual([
          'Cập nhật 3',
          'Cập nhật 2',
          'Cập nhật 1',
        ]);
      }
      return { count, statements };
    };
    await seed(5);
    const small = await measure(5);
    await seed(35);
    const large = await measure(40);
    console.info(
      `N+1 guard: programs page ${small.count} SQL statements for 5 programs, ${large.count} for 40`,
    );
    if (process.env.SHOW_SQL) console.info(large.statements.join('\n'));
    expect(large.count, large.statements.join('\n')).toBe(small.count);
    expect(large.count, large.statements.join('\n')).toBeLessThanOrEqual(10);

    // Organization.programs under a page of organizations: one windowed query for all of them.
    ts.sql.reset();
    const orgs = ok(
      await ts.gql(OrganizationsSharedPlans, { areaId: gid.area(area) }, viewer.token),
    ).organizations;
    const orgCount = ts.sql.count;
    const byName = new Map(orgs.edges.map((e) => [e.node.name, e.node.programs]));
    expect(byName.get(owner.name)?.totalCount).toBe(40);
    expect(byName.get(union.name)?.edges).toHaveLength(3);
    console.info(`N+1 guard: organizations page with their programs: ${orgCount} SQL statements`);
    if (process.env.SHOW_SQL) console.info(ts.sql.statements.join('\n'));
    expect(orgCount, ts.sql.statements.join('\n')).toBeLessThanOrEqual(6);
  });
});
