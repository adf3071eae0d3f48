/**
 * The shared world of the access matrix: agencies P (a province body), A (below P) and
 * B (unrelated), an actor per role on each, a user with no role and a system administrator,
 * and small factories for records owned by A or B. Case files (`*.cases.ts`) use it.
 */
import { Role } from '../../server/core/access.js';
import type { AdministrativeArea } from '../../server/modules/areas/area.entity.js';
import { AreaLevel } from '../../server/modules/areas/area.entity.js';
import { RoleGrant } from '../../server/modules/access/role-grant.entity.js';
import type { Organization } from '../../server/modules/organizations/organization.entity.js';
import { Person } from '../../server/modules/people/person.entity.js';
import { Position } from '../../server/modules/people/position.entity.js';
import { Responsibility, WorkField } from '../../server/modules/people/responsibility.entity.js';
import { hashPassword } from '../../server/core/auth/passwords.js';
import { foldForSearch } from '../../server/core/text.js';
import { makeArea, makeOrganization, makeUser, unique, type TestUser } from '../helpers/factories.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

export type Owner = 'A' | 'B';
export interface Actor {
  name: string;
  user: TestUser;
  role: Role | null;
  on: 'A' | 'B' | 'P' | null;
  isSystemAdmin: boolean;
}
export interface Call {
  query: string;
  variables?: Record<string, unknown>;
  token?: string;
}
/** One root mutation's cell builder and expected outcome per actor and owner. */
export interface MutationCase {
  /** Runs once per owner, or once in all (`owners: null`) when the target does not belong to an agency. */
  owners: Owner[] | null;
  prepare: (owner: Owner, actor: Actor) => Promise<Call>;
  allowed: (actor: Actor, owner: Owner) => boolean;
  /** Restores what the cell used up (e.g. the actor's session). */
  cleanup?: (actor: Actor) => Promise<void>;
}
/** A root query's call on records owned by `owner`, and whether the actor may read them. */
export interface ReadCase {
  call: (owner: Owner) => Promise<Call> | Call;
  /** Default: every signed-in actor. A denied read must answer NOT_FOUND or FORBIDDEN, or data `isEmpty` accepts. */
  allowed?: (actor: Actor, owner: Owner) => boolean;
  /** For list reads: true when the data shows none of the owner's records (a denied list is empty, not an error). */
  isEmpty?: (data: unknown) => boolean;
}

/** The matrix's world, filled by `buildWorld` in the test's beforeAll. */
export const world = {
  ts: undefined as unknown as TestServer,
  province: undefined as unknown as AdministrativeArea,
  org: {} as Record<'P' | 'A' | 'B', Organization>,
  actors: [] as Actor[],
};

/** True when the actor holds at least `role` over the owner (directly, from P for A, or as system admin). */
export function holds(actor: Actor, role: Role, owner: Owner): boolean {
  if (actor.isSystemAdmin) return true;
  if (!actor.role || !(actor.on === owner || (owner === 'A' && actor.on === 'P'))) return false;
  const strength = { ADMIN: 4, COORDINATOR: 3, MEMBER: 2, VIEWER: 1 } as const;
  return strength[actor.role] >= strength[role];
}

/** ADMIN over the owner. */
export const isAdminOver = (actor: Actor, owner: Owner): boolean => holds(actor, Role.ADMIN, owner);

export const KNOWN_PASSWORD = 'mật-khẩu-cũ-đủ-dài';
export const knownPasswordHash = hashPassword(KNOWN_PASSWORD);

export async function child(owner: Owner): Promise<Organization> {
  return makeOrganization(world.ts.orm.em.fork(), { area: world.province, parent: world.org[owner] });
}
export async function person(): Promise<Person> {
  const em = world.ts.orm.em.fork();
  const p = em.create(Person, { fullName: `Cán bộ ${unique()}`, searchKey: foldForSearch('can bo') });
  await em.flush();
  return p;
}
export async function position(owner: Owner): Promise<Position> {
  const em = world.ts.orm.em.fork();
  const p = await person();
  const pos = em.create(Position, {
    person: p.id,
    organization: world.org[owner].id,
    title: 'Ủy viên',
    startsOn: '2024-01-01',
  });
  await em.flush();
  return pos;
}
export async function responsibility(owner: Owner): Promise<Responsibility> {
  const em = world.ts.orm.em.fork();
  const p = await person();
  const r = em.create(Responsibility, {
    person: p.id,
    organization: world.org[owner].id,
    field: WorkField.MASS_MOBILIZATION,
    startsOn: '2024-01-01',
  });
  await em.flush();
  return r;
}

/** Starts the server and creates the agencies and world.actors. */
export async function buildWorld(): Promise<void> {
  world.ts = await startTestServer();
  const em = world.ts.orm.em.fork();
  world.province = await makeArea(em);
  const other = await makeArea(em);
  const commune = await makeArea(em, { level: AreaLevel.COMMUNE, parent: world.province });
  world.org.P = await makeOrganization(em, { area: world.province, name: 'Ban Dân vận Tỉnh ủy' });
  world.org.A = await makeOrganization(em, {
    area: commune,
    parent: world.org.P,
    name: 'Ban Dân vận cơ sở A',
  });
  world.org.B = await makeOrganization(em, { area: other, name: 'Ủy ban MTTQ tỉnh B' });
  for (const on of ['P', 'A', 'B'] as const) {
    for (const role of Object.values(Role)) {
      const user = await makeUser(world.ts.orm);
      em.create(RoleGrant, {
        user: user.user.id,
        organization: world.org[on].id,
        role,
        validFrom: new Date(Date.now() - 60_000),
      });
      world.actors.push({ name: `${role} on ${on}`, user, role, on, isSystemAdmin: false });
    }
  }
  await em.flush();
  world.actors.push({
    name: 'no role',
    user: await makeUser(world.ts.orm),
    role: null,
    on: null,
    isSystemAdmin: false,
  });
  world.actors.push({
    name: 'system admin',
    user: await makeUser(world.ts.orm, { isSystemAdmin: true }),
    role: null,
    on: null,
    isSystemAdmin: true,
  });
}
