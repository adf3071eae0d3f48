import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { AdministrativeArea, AreaLevel } from '../../server/modules/areas/area.entity.js';
import { Organization, OrganizationKind } from '../../server/modules/organizations/organization.entity.js';
import { organizationSearchKey } from '../../server/modules/organizations/organization.repository.js';
import { Person } from '../../server/modules/people/person.entity.js';
import { User } from '../../server/modules/users/user.entity.js';
import { Role } from '../../server/core/access.js';
import { RoleGrant } from '../../server/modules/access/role-grant.entity.js';
import { issueTokens } from '../../server/modules/users/commands/issue-tokens.js';
import { foldForSearch } from '../../server/core/text.js';
import { toGlobalId } from '../../server/core/ids.js';
import { ObjectiveValue, ProgramObjective } from '../../server/modules/programs/objective.entity.js';
import { ParticipantRole, ProgramParticipant } from '../../server/modules/programs/participant.entity.js';
import { ProgramHealth, ProgramUpdate } from '../../server/modules/programs/program-update.entity.js';
import {
  CoordinationProgram,
  ProgramKind,
  ProgramStatus,
} from '../../server/modules/programs/program.entity.js';

/** A short unique suffix so records of parallel tests never collide. */
export const unique = (prefix = ''): string => `${prefix}${randomUUID().slice(0, 8)}`;

/** Creates an area directly in the database (a test's own root, by default a province). */
export async function makeArea(
  em: EntityManager,
  options: { name?: string; level?: AreaLevel; parent?: AdministrativeArea | null } = {},
): Promise<AdministrativeArea> {
  const name = options.name ?? `Tỉnh ${unique()}`;
  const area = em.create(AdministrativeArea, {
    code: unique('A-'),
    name,
    searchKey: foldForSearch(name),
    level: options.level ?? AreaLevel.PROVINCE,
    parent: options.parent ?? null,
  });
  await em.flush();
  return area;
}

/** Creates an organization directly in the database. */
export async function makeOrganization(
  em: EntityManager,
  options: {
    area: AdministrativeArea;
    name?: string;
    shortName?: string | null;
    kind?: OrganizationKind;
    parent?: Organization | null;
  },
): Promise<Organization> {
  const name = options.name ?? `Cơ quan ${unique()}`;
  const shortName = options.shortName ?? null;
  const organization = em.create(Organization, {
    code: unique('O-'),
    name,
    shortName,
    searchKey: organizationSearchKey(name, shortName),
    kind: options.kind ?? OrganizationKind.MASS_MOBILIZATION_COMMISSION,
    area: options.area,
    parent: options.parent ?? null,
  });
  await em.flush();
  return organization;
}

/** A province (Lạng Sơn, a unique name) and its party committee (Tỉnh ủy), the root of a module's test world. */
export async function makeProvince(em: EntityManager) {
  const province = await makeArea(em, { name: `Tỉnh Lạng Sơn ${unique()}` });
  const committee = await makeOrganization(em, {
    area: province,
    name: `Tỉnh ủy ${unique()}`,
    kind: OrganizationKind.PARTY_COMMITTEE,
  });
  return { province, committee };
}

/**
 * `count` communes of `province`, each with one organization of `kind` under
 * `parent`, named `nameOf(i)`: the communes' areas and organizations, in order.
 */
export async function makeCommunes(
  em: EntityManager,
  options: {
    province: AdministrativeArea;
    parent: Organization;
    kind: OrganizationKind;
    count: number;
    nameOf: (i: number) => string;
  },
): Promise<{ areas: AdministrativeArea[]; organizations: Organization[] }> {
  const areas: AdministrativeArea[] = [];
  const organizations: Organization[] = [];
  for (let i = 0; i < options.count; i++) {
    const area = await makeArea(em, {
      name: `Xã ${i} ${unique()}`,
      level: AreaLevel.COMMUNE,
      parent: options.province,
    });
    areas.push(area);
    organizations.push(
      await makeOrganization(em, {
        area,
        name: options.nameOf(i),
        kind: options.kind,
        parent: options.parent,
      }),
    );
  }
  return { areas, organizations };
}

/** An agency in an area of its own: related to nothing in a test's world. */
export async function makeOutsider(em: EntityManager): Promise<Organization> {
  return makeOrganization(em, { area: await makeArea(em), name: `Cơ quan khác ${unique()}` });
}

/** A signed-in test user: its records and a valid access token. */
export interface TestUser {
  user: User;
  person: Person;
  token: string;
  refreshToken: string;
}

/** Creates a person, a user and a session; returns a ready access token (no password round trip). */
export async function makeUser(
  orm: MikroORM,
  options: { isSystemAdmin?: boolean; fullName?: string } = {},
): Promise<TestUser> {
  const em = orm.em.fork();
  const fullName = options.fullName ?? `Người dùng ${unique()}`;
  const person = em.create(Person, { fullName, searchKey: foldForSearch(fullName) });
  const user = em.create(User, {
    email: `${unique('u-')}@test.phoihop.vn`,
    passwordHash: 'not-used-by-token-tests',
    person,
    isSystemAdmin: options.isSystemAdmin ?? false,
  });
  await em.flush();
  const tokens = await issueTokens(em, 'phoihop-development-secret-change-me', user, null);
  return { user, person, token: tokens.accessToken, refreshToken: tokens.refreshToken };
}

/** Global ID helpers for tests. */
export const gid = {
  area: (a: { id: string }) => toGlobalId('AdministrativeArea', a.id),
  org: (o: { id: string }) => toGlobalId('Organization', o.id),
  person: (p: { id: string }) => toGlobalId('Person', p.id),
};

/** Gives `userId` `role` on `organizationId`, in force since a minute ago; returns the grant's id. */
export async function grantRole(
  orm: MikroORM,
  userId: string,
  organizationId: string,
  role: Role = Role.VIEWER,
): Promise<string> {
  const em = orm.em.fork();
  const grant = em.create(RoleGrant, {
    user: userId,
    organization: organizationId,
    role,
    validFrom: new Date(Date.now() - 60_000),
  });
  await em.flush();
  return grant.id;
}

/** A new user holding `role` on `organizationId`. */
export async function makeUserWith(orm: MikroORM, organizationId: string, role: Role): Promise<TestUser> {
  const user = await makeUser(orm);
  await grantRole(orm, user.user.id, organizationId, role);
  return user;
}

/** What `makeProgram` gives a program beyond its owner (who always leads it). */
export interface ProgramOptions {
  /** The other participants, with their roles. */
  participants?: [Organization, ParticipantRole][];
  /** Unique by default; the program's search key holds it, so a test may search for a tag in it. */
  code?: string;
  kind?: ProgramKind;
  status?: ProgramStatus;
  startsOn?: string;
  /** An objective with two recorded values (120 then 166 of 200). */
  objective?: boolean;
  /** How many updates the owner posts, one a day from 2025-01-01 (`Cập nhật 0`, `Cập nhật 1`…). */
  updates?: number;
}

/** Creates a program directly in the database, the way the programs module stores it: the owner leads it. */
export async function makeProgram(
  em: EntityManager,
  owner: Organization,
  options: ProgramOptions = {},
): Promise<CoordinationProgram> {
  const code = options.code ?? unique('CT-');
  const title = `Chương trình phối hợp ${code}`;
  const program = em.create(CoordinationProgram, {
    kind: options.kind ?? ProgramKind.COORDINATION_PROGRAM,
    code,
    title,
    searchKey: foldForSearch(`${code} ${title}`),
    owner,
    status: options.status ?? ProgramStatus.ACTIVE,
    startsOn: options.startsOn ?? null,
  });
  for (const [organization, role] of [
    [owner, ParticipantRole.LEAD] as const,
    ...(options.participants ?? []),
  ])
    em.create(ProgramParticipant, { program, organization, role, joinedOn: '2024-01-01' });
  if (options.objective) {
    const objective = em.create(ProgramObjective, {
      program,
      key: 'xa-than-thien',
      title: 'Xã đạt mô hình chính quyền thân thiện',
      unit: 'xã',
      target: 200,
    });
    em.create(ObjectiveValue, { objective, value: 120, recordedOn: '2023-12-31' });
    em.create(ObjectiveValue, { objective, value: 166, recordedOn: '2024-12-31' });
  }
  for (let i = 0; i < (options.updates ?? 0); i++) {
    em.create(ProgramUpdate, {
      program,
      health: ProgramHealth.ON_TRACK,
      body: `Cập nhật ${i}`,
      organization: owner,
      createdAt: new Date(Date.UTC(2025, 0, 1 + i)),
    });
  }
  await em.flush();
  return program;
}
