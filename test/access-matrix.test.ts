/**
 * The cross-agency access matrix, generated from the schema: every root
 * mutation and query must have a case below (a new field fails the test until
 * it gets one), and every case runs for every actor — each role on agency A,
 * on A's parent P and on an unrelated agency B, a signed-in user with no
 * role, and a system administrator — against records owned by A and by B.
 * Each cell must match the policy written in README; every allowed mutation
 * writes exactly one audit record, every denied one none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../server/core/access.js';
import { gid } from './helpers/factories.js';
import { Person } from '../server/modules/people/person.entity.js';
import { Position } from '../server/modules/people/position.entity.js';
import {
  buildWorld,
  world,
  isAdminOver,
  type MutationCase,
  type Owner,
  type ReadCase,
} from './matrix/world.js';
import { directoryMutations } from './matrix/directory.cases.js';
import { programMutations, programReads } from './matrix/programs.cases.js';
import { taskMutations, taskReads } from './matrix/tasks.cases.js';
import { meetingMutations, meetingReads } from './matrix/meetings.cases.js';
import { notificationMutations, notificationReads } from './matrix/notifications.cases.js';
import { petitionMutations, petitionReads } from './matrix/petitions.cases.js';
import { modelMutations, modelReads } from './matrix/models.cases.js';
import { oversightMutations, oversightReads } from './matrix/oversight.cases.js';
import { situationMutations, situationReads } from './matrix/situations.cases.js';
import { auditCount } from './helpers/audit.js';
import { reportMutations, reportReads } from './matrix/reports.cases.js';

/** Every module's mutation cases; a module adds its `*.cases.ts` here. */
const MUTATIONS: Record<string, MutationCase | 'PUBLIC'> = {
  ...directoryMutations,
  ...programMutations,
  ...taskMutations,
  ...meetingMutations,
  ...notificationMutations,
  ...petitionMutations,
  ...modelMutations,
  ...oversightMutations,
  ...situationMutations,
  ...reportMutations,
};
/** Every module's read cases for shared records. */
const MODULE_READS: Record<string, ReadCase> = {
  ...programReads,
  ...taskReads,
  ...meetingReads,
  ...notificationReads,
  ...petitionReads,
  ...modelReads,
  ...oversightReads,
  ...situationReads,
  ...reportReads,
};

beforeAll(buildWorld, 120_000);
afterAll(() => world.ts?.stop());

describe('access matrix: mutations', () => {
  it('has a case for every root mutation of the schema', () => {
    const fields = Object.keys(world.ts.server.schema.getMutationType()!.getFields()).toSorted();
    expect(fields.filter((f) => !(f in MUTATIONS))).toEqual([]);
  });

  for (const [name, spec] of Object.entries(MUTATIONS)) {
    if (spec === 'PUBLIC') continue;
    it(`${name}: every actor on records of A and of B matches the policy, with an audit record per allowed change`, async () => {
      const mismatches: string[] = [];
      for (const actor of world.actors) {
        for (const owner of spec.owners ?? (['A'] as Owner[])) {
          const call = await spec.prepare(owner, actor);
          const before = await auditCount(world.ts.orm, name, actor.user.user.id);
          const result = await world.ts.gql(call.query, call.variables, call.token ?? actor.user.token);
          const after = await auditCount(world.ts.orm, name, actor.user.user.id);
          const expected = spec.allowed(actor, owner);
          const code = result.errors?.[0]?.extensions?.code;
          const cell = `${name} by ${actor.name} on ${spec.owners ? owner : '-'}`;
          if (expected && (result.errors || after !== before + 1))
            mismatches.push(
              `${cell}: expected allowed, got ${code ?? 'audit ' + (after - before)} ${result.errors?.[0]?.message ?? ''}`,
            );
          if (!expected && (!['FORBIDDEN', 'NOT_FOUND'].includes(String(code)) || after !== before)) {
            mismatches.push(`${cell}: expected denied, got ${code ?? 'success'}`);
          }
          await spec.cleanup?.(actor);
        }
      }
      expect(mismatches).toEqual([]);
    }, 120_000);
  }
});

describe('access matrix: reads', () => {
  /** Directory reads: every signed-in actor may read A's and B's records. */
  const DIRECTORY_READS: Record<string, ReadCase> = {
    areas: { call: () => ({ query: '{ areas(first: 5) { totalCount } }' }) },
    area: {
      call: () => ({
        query: 'query($id: ID!) { area(id: $id) { name } }',
        variables: { id: gid.area(world.province) },
      }),
    },
    organizations: { call: () => ({ query: '{ organizations(first: 5) { totalCount } }' }) },
    organization: {
      call: (owner) => ({
        query: 'query($id: ID!) { organization(id: $id) { name viewerCan { rename } } }',
        variables: { id: gid.org(world.org[owner]) },
      }),
    },
    node: {
      call: (owner) => ({
        query: 'query($id: ID!) { node(id: $id) { id } }',
        variables: { id: gid.org(world.org[owner]) },
      }),
    },
    people: { call: () => ({ query: '{ people(first: 5) { totalCount } }' }) },
    person: { call: () => ({ query: 'query { viewer { person { id } } }' }) },
    viewer: { call: () => ({ query: '{ viewer { id } }' }) },
  };
  const READS: Record<string, ReadCase> = { ...DIRECTORY_READS, ...MODULE_READS };

  it('has a case for every root query of the schema', () => {
    const fields = Object.keys(world.ts.server.schema.getQueryType()!.getFields());
    expect(fields.filter((f) => !(f in READS) && !(f in ADMIN_READS))).toEqual([]);
  });

  it('answers every read of A and of B as the policy says: data when allowed, NOT_FOUND/FORBIDDEN/nothing when not', async () => {
    const failures: string[] = [];
    for (const actor of world.actors) {
      for (const [name, spec] of Object.entries(READS)) {
        for (const owner of ['A', 'B'] as Owner[]) {
          const call = await spec.call(owner);
          const result = await world.ts.gql(call.query, call.variables, actor.user.token);
          const allowed = spec.allowed?.(actor, owner) ?? true;
          const cell = `${name} by ${actor.name} on ${owner}`;
          const code = result.errors?.[0]?.extensions?.code;
          if (allowed && result.errors)
            failures.push(`${cell}: expected data, got ${code} ${result.errors[0].message}`);
          if (
            !allowed &&
            !['NOT_FOUND', 'FORBIDDEN'].includes(String(code)) &&
            !spec.isEmpty?.(result.data)
          ) {
            failures.push(`${cell}: expected denied, got ${JSON.stringify(result.data).slice(0, 120)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('shows viewerCan matching the policy', async () => {
    for (const actor of world.actors) {
      for (const owner of ['A', 'B'] as Owner[]) {
        const result = await world.ts.gql<{ organization: { viewerCan: { manageMembers: boolean } } }>(
          'query($id: ID!) { organization(id: $id) { viewerCan { manageMembers } } }',
          { id: gid.org(world.org[owner]) },
          actor.user.token,
        );
        expect(result.data!.organization.viewerCan.manageMembers, `${actor.name} on ${owner}`).toBe(
          isAdminOver(actor, owner),
        );
      }
    }
  });
});

describe('access matrix: personal data', () => {
  it('shows contact details only to roles on an organization where the person holds a position', async () => {
    const em = world.ts.orm.em.fork();
    const holder = em.create(Person, {
      fullName: 'Hoàng Thị Liên',
      searchKey: 'hoang thi lien',
      email: 'lien@example.vn',
      phone: '0912345678',
    });
    em.create(Position, {
      person: holder,
      organization: world.org.A.id,
      title: 'Phó Trưởng ban',
      startsOn: '2020-01-01',
    });
    await em.flush();
    for (const actor of world.actors) {
      const result = await world.ts.gql<{ person: { email: string | null; phone: string | null } }>(
        'query($id: ID!) { person(id: $id) { email phone } }',
        { id: gid.person(holder) },
        actor.user.token,
      );
      const sees = actor.isSystemAdmin || actor.on === 'A' || actor.on === 'P';
      expect(result.data!.person, actor.name).toEqual(
        sees ? { email: 'lien@example.vn', phone: '0912345678' } : { email: null, phone: null },
      );
    }
  });
});

/** Root queries that only some world.actors may call. */
const ADMIN_READS: Record<string, true> = { auditRecords: true };

describe('access matrix: audit log', () => {
  it('lets system administrators and ADMINs read the audit log, and nobody else', async () => {
    for (const actor of world.actors) {
      const result = await world.ts.gql('{ auditRecords(first: 5) { totalCount } }', {}, actor.user.token);
      const allowed = actor.isSystemAdmin || actor.role === Role.ADMIN;
      expect(result.errors?.[0]?.extensions?.code ?? 'OK', actor.name).toBe(allowed ? 'OK' : 'FORBIDDEN');
    }
  });
});
