/**
 * The cross-agency access matrix, generated from the schema: every root
 * mutation and query must have a case below (a new field fails the test until
 * it gets one), and every case runs for every actor — each role on agency A,
 * on A's parent P and on an unrelated agency B, a signed-in user with no
 * role, and a system administrator — against records owned by A and by B.
 * Each cell must match the policy written in README; every allowed mutation
 * writes exactly one audit record, every denied one none.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../server/core/access.js';
import { toGlobalId } from '../server/core/ids.js';
import type { AdministrativeArea } from '../server/modules/areas/area.entity.js';
import { AreaLevel } from '../server/modules/areas/area.entity.js';
import { RoleGrant } from '../server/modules/access/role-grant.entity.js';
import type { Organization } from '../server/modules/organizations/organization.entity.js';
import { Person } from '../server/modules/people/person.entity.js';
import { Position } from '../server/modules/people/position.entity.js';
import { Responsibility, WorkField } from '../server/modules/people/responsibility.entity.js';
import { issueTokens } from '../server/modules/users/commands/issue-tokens.js';
import { User } from '../server/modules/users/user.entity.js';
import { ApiToken } from '../server/modules/access/api-token.entity.js';
import { hashSecret } from '../server/core/auth/tokens.js';
import { hashPassword } from '../server/core/auth/passwords.js';
import { foldForSearch } from '../server/core/text.js';
import { gid, makeArea, makeOrganization, makeUser, unique, type TestUser } from './helpers/factories.js';
import { startTestServer, type TestServer } from './helpers/server.js';

type Owner = 'A' | 'B';
interface Actor {
  name: string;
  user: TestUser;
  role: Role | null;
  on: 'A' | 'B' | 'P' | null;
  isSystemAdmin: boolean;
}
interface Call {
  query: string;
  variables?: Record<string, unknown>;
  token?: string;
}
interface MutationCase {
  /** Runs once per owner, or once in all (`owners: null`) when the target does not belong to an agency. */
  owners: Owner[] | null;
  prepare: (owner: Owner, actor: Actor) => Promise<Call>;
  allowed: (actor: Actor, owner: Owner) => boolean;
  /** Restores what the cell used up (e.g. the actor's session). */
  cleanup?: (actor: Actor) => Promise<void>;
}

const KNOWN_PASSWORD = 'mật-khẩu-cũ-đủ-dài';
const knownPasswordHash = hashPassword(KNOWN_PASSWORD);

let ts: TestServer;
let province: AdministrativeArea;
const org = {} as Record<'P' | 'A' | 'B', Organization>;
const actors: Actor[] = [];

const isAdminOver = (actor: Actor, owner: Owner) =>
  actor.isSystemAdmin ||
  (actor.role === Role.ADMIN && (actor.on === owner || (owner === 'A' && actor.on === 'P')));

async function child(owner: Owner): Promise<Organization> {
  return makeOrganization(ts.orm.em.fork(), { area: province, parent: org[owner] });
}
async function person(): Promise<Person> {
  const em = ts.orm.em.fork();
  const p = em.create(Person, { fullName: `Cán bộ ${unique()}`, searchKey: foldForSearch('can bo') });
  await em.flush();
  return p;
}
async function position(owner: Owner): Promise<Position> {
  const em = ts.orm.em.fork();
  const p = await person();
  const pos = em.create(Position, {
    person: p.id,
    organization: org[owner].id,
    title: 'Ủy viên',
    startsOn: '2024-01-01',
  });
  await em.flush();
  return pos;
}
async function responsibility(owner: Owner): Promise<Responsibility> {
  const em = ts.orm.em.fork();
  const p = await person();
  const r = em.create(Responsibility, {
    person: p.id,
    organization: org[owner].id,
    field: WorkField.MASS_MOBILIZATION,
    startsOn: '2024-01-01',
  });
  await em.flush();
  return r;
}

/** The policy, one case per root mutation (README "Who may do what"). */
const MUTATIONS: Record<string, MutationCase | 'PUBLIC'> = {
  signIn: 'PUBLIC',
  refreshTokens: 'PUBLIC',
  acceptInvitation: 'PUBLIC',
  grantRole: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: GrantRoleInput!) { grantRole(input: $i) { grant { id } } }',
      variables: {
        i: {
          userId: toGlobalId('User', (await makeUser(ts.orm)).user.id),
          organizationId: gid.org(org[owner]),
          role: 'VIEWER',
        },
      },
    }),
    allowed: isAdminOver,
  },
  revokeRole: {
    owners: ['A', 'B'],
    prepare: async (owner) => {
      const em = ts.orm.em.fork();
      const grant = em.create(RoleGrant, {
        user: (await makeUser(ts.orm)).user.id,
        organization: org[owner].id,
        role: Role.VIEWER,
        validFrom: new Date(Date.now() - 60_000),
      });
      await em.flush();
      return {
        query: 'mutation($i: RevokeRoleInput!) { revokeRole(input: $i) { grant { id } } }',
        variables: { i: { grantId: toGlobalId('RoleGrant', grant.id) } },
      };
    },
    allowed: isAdminOver,
  },
  inviteUser: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: InviteUserInput!) { inviteUser(input: $i) { invitationToken } }',
      variables: {
        i: {
          email: `${unique('inv-')}@test.phoihop.vn`,
          personId: gid.person(await person()),
          organizationId: gid.org(org[owner]),
          role: 'VIEWER',
        },
      },
    }),
    allowed: isAdminOver,
  },
  createApiToken: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret } }',
      variables: { i: { organizationId: gid.org(org[owner]), role: 'VIEWER', name: 'Tích hợp' } },
    }),
    allowed: isAdminOver,
  },
  revokeApiToken: {
    owners: ['A', 'B'],
    prepare: async (owner) => {
      const em = ts.orm.em.fork();
      const token = em.create(ApiToken, {
        name: 'Tích hợp',
        organization: org[owner].id,
        role: Role.VIEWER,
        tokenHash: hashSecret(randomUUID()),
        createdBy: actors[actors.length - 1].user.user.id,
      });
      await em.flush();
      return {
        query: 'mutation($i: RevokeApiTokenInput!) { revokeApiToken(input: $i) { apiToken { id } } }',
        variables: { i: { apiTokenId: toGlobalId('ApiToken', token.id) } },
      };
    },
    allowed: isAdminOver,
  },
  changePassword: {
    owners: null,
    prepare: async (_owner, actor) => {
      const em = ts.orm.em.fork();
      const user = await em.findOneOrFail(User, actor.user.user.id);
      user.passwordHash = await knownPasswordHash;
      await em.flush();
      return {
        query: 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) { changed } }',
        variables: { i: { currentPassword: KNOWN_PASSWORD, newPassword: 'mật-khẩu-mới-đủ-dài' } },
      };
    },
    allowed: () => true,
    // changePassword ends the actor's other sessions: give it a new one for the cells after.
    cleanup: async (actor) => {
      const em = ts.orm.em.fork();
      actor.user.token = (
        await issueTokens(
          em,
          'phoihop-development-secret-change-me',
          await em.findOneOrFail(User, actor.user.user.id),
          null,
        )
      ).accessToken;
    },
  },
  createArea: {
    owners: null,
    prepare: async () => ({
      query: 'mutation($i: CreateAreaInput!) { createArea(input: $i) { area { id } } }',
      variables: {
        i: { code: unique('M-'), name: 'Xã Mới', level: 'COMMUNE', parentId: gid.area(province) },
      },
    }),
    allowed: (a) => a.isSystemAdmin,
  },
  createOrganization: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { organization { id } } }',
      variables: {
        i: {
          code: unique('C-'),
          name: 'Chi bộ',
          kind: 'GRASSROOTS_BODY',
          areaId: gid.area(province),
          parentId: gid.org(org[owner]),
        },
      },
    }),
    allowed: isAdminOver,
  },
  renameOrganization: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: RenameOrganizationInput!) { renameOrganization(input: $i) { organization { id } } }',
      variables: { i: { organizationId: gid.org(await child(owner)), name: 'Tên mới' } },
    }),
    allowed: isAdminOver,
  },
  changeOrganizationParent: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: ChangeOrganizationParentInput!) { changeOrganizationParent(input: $i) { organization { id } } }',
      variables: {
        i: { organizationId: gid.org(await child(owner)), parentId: gid.org(await child(owner)) },
      },
    }),
    allowed: isAdminOver,
  },
  mergeOrganizations: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: MergeOrganizationsInput!) { mergeOrganizations(input: $i) { successor { id } } }',
      variables: {
        i: { mergedIds: [gid.org(await child(owner))], successorId: gid.org(await child(owner)) },
      },
    }),
    allowed: isAdminOver,
  },
  dissolveOrganization: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: DissolveOrganizationInput!) { dissolveOrganization(input: $i) { organization { id } } }',
      variables: { i: { organizationId: gid.org(await child(owner)) } },
    }),
    allowed: isAdminOver,
  },
  createPerson: {
    owners: null,
    prepare: async () => ({
      query: 'mutation($i: CreatePersonInput!) { createPerson(input: $i) { person { id } } }',
      variables: { i: { fullName: 'Nguyễn Văn Mới' } },
    }),
    allowed: (a) => a.isSystemAdmin || a.role === Role.ADMIN,
  },
  appointPosition: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: AppointPositionInput!) { appointPosition(input: $i) { position { id } } }',
      variables: {
        i: {
          personId: gid.person(await person()),
          organizationId: gid.org(org[owner]),
          title: 'Ủy viên',
          startsOn: '2025-01-01',
        },
      },
    }),
    allowed: isAdminOver,
  },
  endPosition: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: EndPositionInput!) { endPosition(input: $i) { position { id } } }',
      variables: {
        i: { positionId: toGlobalId('Position', (await position(owner)).id), endsOn: '2030-12-31' },
      },
    }),
    allowed: isAdminOver,
  },
  assignResponsibility: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: AssignResponsibilityInput!) { assignResponsibility(input: $i) { responsibility { id } } }',
      variables: {
        i: {
          personId: gid.person(await person()),
          organizationId: gid.org(org[owner]),
          field: 'MASS_MOBILIZATION',
          startsOn: '2025-01-01',
        },
      },
    }),
    allowed: isAdminOver,
  },
  endResponsibility: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: EndResponsibilityInput!) { endResponsibility(input: $i) { responsibility { id } } }',
      variables: {
        i: {
          responsibilityId: toGlobalId('Responsibility', (await responsibility(owner)).id),
          endsOn: '2030-12-31',
        },
      },
    }),
    allowed: isAdminOver,
  },
  signOut: {
    owners: null,
    // A fresh session of the actor, so signing out does not end the token the other cells use.
    prepare: async (_owner, actor) => ({
      query: 'mutation { signOut { signedOut } }',
      token: (
        await issueTokens(ts.orm.em.fork(), 'phoihop-development-secret-change-me', actor.user.user, null)
      ).accessToken,
    }),
    allowed: () => true,
  },
};

async function auditCount(operation: string, userId: string): Promise<number> {
  const rows = await ts.orm.em
    .fork()
    .getConnection()
    .execute<{ n: string }[]>(
      'select count(*) as n from audit_record where operation = ? and actor_user_id = ?',
      [operation, userId],
    );
  return Number(rows[0].n);
}

beforeAll(async () => {
  ts = await startTestServer();
  const em = ts.orm.em.fork();
  province = await makeArea(em);
  const other = await makeArea(em);
  const commune = await makeArea(em, { level: AreaLevel.COMMUNE, parent: province });
  org.P = await makeOrganization(em, { area: province, name: 'Ban Dân vận Tỉnh ủy' });
  org.A = await makeOrganization(em, { area: commune, parent: org.P, name: 'Ban Dân vận cơ sở A' });
  org.B = await makeOrganization(em, { area: other, name: 'Ủy ban MTTQ tỉnh B' });
  for (const on of ['P', 'A', 'B'] as const) {
    for (const role of Object.values(Role)) {
      const user = await makeUser(ts.orm);
      em.create(RoleGrant, {
        user: user.user.id,
        organization: org[on].id,
        role,
        validFrom: new Date(Date.now() - 60_000),
      });
      actors.push({ name: `${role} on ${on}`, user, role, on, isSystemAdmin: false });
    }
  }
  await em.flush();
  actors.push({ name: 'no role', user: await makeUser(ts.orm), role: null, on: null, isSystemAdmin: false });
  actors.push({
    name: 'system admin',
    user: await makeUser(ts.orm, { isSystemAdmin: true }),
    role: null,
    on: null,
    isSystemAdmin: true,
  });
}, 120_000);
afterAll(() => ts?.stop());

describe('access matrix: mutations', () => {
  it('has a case for every root mutation of the schema', () => {
    const fields = Object.keys(ts.server.schema.getMutationType()!.getFields()).toSorted();
    expect(fields.filter((f) => !(f in MUTATIONS))).toEqual([]);
  });

  for (const [name, spec] of Object.entries(MUTATIONS)) {
    if (spec === 'PUBLIC') continue;
    it(`${name}: every actor on records of A and of B matches the policy, with an audit record per allowed change`, async () => {
      const mismatches: string[] = [];
      for (const actor of actors) {
        for (const owner of spec.owners ?? (['A'] as Owner[])) {
          const call = await spec.prepare(owner, actor);
          const before = await auditCount(name, actor.user.user.id);
          const result = await ts.gql(call.query, call.variables, call.token ?? actor.user.token);
          const after = await auditCount(name, actor.user.user.id);
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
  const READS: Record<string, (owner: Owner) => Call> = {
    areas: () => ({ query: '{ areas(first: 5) { totalCount } }' }),
    area: () => ({
      query: 'query($id: ID!) { area(id: $id) { name } }',
      variables: { id: gid.area(province) },
    }),
    organizations: () => ({ query: '{ organizations(first: 5) { totalCount } }' }),
    organization: (owner) => ({
      query: 'query($id: ID!) { organization(id: $id) { name viewerCan { rename } } }',
      variables: { id: gid.org(org[owner]) },
    }),
    node: (owner) => ({
      query: 'query($id: ID!) { node(id: $id) { id } }',
      variables: { id: gid.org(org[owner]) },
    }),
    people: () => ({ query: '{ people(first: 5) { totalCount } }' }),
    person: () => ({ query: 'query { viewer { person { id } } }' }),
    viewer: () => ({ query: '{ viewer { id } }' }),
  };

  it('has a case for every root query of the schema (the directory is readable by every signed-in user)', () => {
    const fields = Object.keys(ts.server.schema.getQueryType()!.getFields());
    expect(fields.filter((f) => !(f in READS) && !(f in ADMIN_READS))).toEqual([]);
  });

  it('lets every signed-in actor read the directory of A and of B', async () => {
    const failures: string[] = [];
    for (const actor of actors) {
      for (const [name, build] of Object.entries(READS)) {
        for (const owner of ['A', 'B'] as Owner[]) {
          const call = build(owner);
          const result = await ts.gql(call.query, call.variables, actor.user.token);
          if (result.errors)
            failures.push(`${name} by ${actor.name} on ${owner}: ${result.errors[0].message}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('shows viewerCan matching the policy', async () => {
    for (const actor of actors) {
      for (const owner of ['A', 'B'] as Owner[]) {
        const result = await ts.gql<{ organization: { viewerCan: { manageMembers: boolean } } }>(
          'query($id: ID!) { organization(id: $id) { viewerCan { manageMembers } } }',
          { id: gid.org(org[owner]) },
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
    const em = ts.orm.em.fork();
    const holder = em.create(Person, {
      fullName: 'Hoàng Thị Liên',
      searchKey: 'hoang thi lien',
      email: 'lien@example.vn',
      phone: '0912345678',
    });
    em.create(Position, {
      person: holder,
      organization: org.A.id,
      title: 'Phó Trưởng ban',
      startsOn: '2020-01-01',
    });
    await em.flush();
    for (const actor of actors) {
      const result = await ts.gql<{ person: { email: string | null; phone: string | null } }>(
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

/** Root queries that only some actors may call. */
const ADMIN_READS: Record<string, true> = { auditRecords: true };

describe('access matrix: audit log', () => {
  it('lets system administrators and ADMINs read the audit log, and nobody else', async () => {
    for (const actor of actors) {
      const result = await ts.gql('{ auditRecords(first: 5) { totalCount } }', {}, actor.user.token);
      const allowed = actor.isSystemAdmin || actor.role === Role.ADMIN;
      expect(result.errors?.[0]?.extensions?.code ?? 'OK', actor.name).toBe(allowed ? 'OK' : 'FORBIDDEN');
    }
  });
});
