/**
 * N+1 guard: the shared-plans page of 5 or 40 programs in the same small number of SQL statements.
 */
import { describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { graphql } from '../generated/index.js';
import { gid, makeArea, makeOrganization, unique } from '../helpers/factories.js';
import { Role } from '../../server/core/access.js';
import { foldForSearch } from '../../server/core/text.js';
import type { AdministrativeArea } from '../../server/modules/areas/area.entity.js';
import { Organization, OrganizationKind } from '../../server/modules/organizations/organization.entity.js';
import { ObjectiveValue, ProgramObjective } from '../../server/modules/programs/objective.entity.js';
import { ParticipantRole, ProgramParticipant } from '../../server/modules/programs/participant.entity.js';
import { ProgramHealth, ProgramUpdate } from '../../server/modules/programs/program-update.entity.js';
import {
  CoordinationProgram,
  ProgramKind,
  ProgramStatus,
} from '../../server/modules/programs/program.entity.js';
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

/** Creates a program straight in the database, with participants, an objective with a value and updates. */
async function seedProgram(
  em: EntityManager,
  options: {
    owner: Organization;
    participants: [Organization, ParticipantRole][];
    code?: string;
    status?: ProgramStatus;
    updates?: number;
  },
): Promise<CoordinationProgram> {
  const code = options.code ?? unique('CT-');
  const title = `Chương trình ${code}`;
  const program = em.create(CoordinationProgram, {
    kind: ProgramKind.ACTION_PROGRAM,
    code,
    title,
    searchKey: foldForSearch(`${code} ${title}`),
    owner: options.owner,
    status: options.status ?? ProgramStatus.ACTIVE,
    startsOn: '2024-01-01',
  });
  for (const [organization, role] of options.participants) {
    em.create(ProgramParticipant, { program, organization, role, joinedOn: '2024-01-01' });
  }
  const objective = em.create(ProgramObjective, {
    program,
    key: 'xa-than-thien',
    title: 'Xã đạt mô hình chính quyền thân thiện',
    unit: 'xã',
    target: 200,
  });
  em.create(ObjectiveValue, { objective, value: 120, recordedOn: '2023-12-31' });
  em.create(ObjectiveValue, { objective, value: 166, recordedOn: '2024-12-31' });
  for (let i = 0; i < (options.updates ?? 4); i++) {
    em.create(ProgramUpdate, {
      program,
      health: ProgramHealth.ON_TRACK,
      body: `Cập nhật ${i}`,
      organization: options.owner,
      createdAt: new Date(Date.UTC(2025, 0, 1 + i)),
    });
  }
  await em.flush();
  return program;
}

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
        await seedProgram(em, {
          owner,
          code: `${tag}-${unique()}`,
          participants: [
            [owner, ParticipantRole.LEAD],
            [front, ParticipantRole.PARTNER],
            [union, ParticipantRole.OBSERVER],
          ],
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
