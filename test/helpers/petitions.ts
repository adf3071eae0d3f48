/**
 * Set-ups shared by the petition tests (test/petitions/): a province with a commune people's
 * committee A under the provincial mass-mobilization commission P, a sibling commune B, a dissolved
 * agency and an unrelated one; users on each; petitions over the API or straight in the database;
 * and the GraphQL documents several files use.
 */
import { afterAll, beforeAll } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../server/core/access.js';
import { toGlobalId } from '../../server/core/ids.js';
import { foldForSearch } from '../../server/core/text.js';
import { AreaLevel } from '../../server/modules/areas/area.entity.js';
import type { AdministrativeArea } from '../../server/modules/areas/area.entity.js';
import {
  type Organization,
  OrganizationKind,
  OrganizationStatus,
} from '../../server/modules/organizations/organization.entity.js';
import {
  Petition,
  PetitionChannel,
  PetitionHandler,
  PetitionKind,
  PetitionPetitioner,
  PetitionStatus,
} from '../../server/modules/petitions/petition.entity.js';
import { graphql } from '../generated/index.js';
import {
  gid,
  makeArea,
  makeOrganization,
  makeUser,
  makeUserWith,
  type TestUser,
  unique,
} from './factories.js';
import { ok } from './results.js';
import { startTestServer, type TestServer } from './server.js';

export const ReceivePetition = graphql(`
  mutation PetitionsReceive($input: ReceivePetitionInput!) {
    receivePetition(input: $input) {
      petition {
        id kind channel receivedOn subject summary withinJurisdiction complex status acceptedOn dueOn
        extensions outcome closedOn closingReason version isRepeat overdue
        receivedBy { id } handler { id } concernsOrganization { id } area { id } repeatOf { id }
        handlers { startedOn endedOn note organization { id } }
        petitioner { fullName address phone identityNumber }
        viewerCan { handle transfer readPetitioner }
      }
    }
  }
`);

export const PetitionNode = graphql(`
  query PetitionsNode($id: ID!) {
    node(id: $id) {
      ... on Petition {
        id status version handler { id } isRepeat overdue dueOn extensions
        handlers { startedOn endedOn note organization { id } }
        petitioner { fullName address phone identityNumber }
        viewerCan { handle transfer readPetitioner }
        followUpTasks { id title }
      }
    }
  }
`);

/** The agencies and users of one test. */
export interface PetitionWorld {
  area: AdministrativeArea;
  commune: AdministrativeArea;
  /** The provincial mass-mobilization commission. */
  p: Organization;
  /** A commune people's committee under P. */
  a: Organization;
  /** A sibling commune under P. */
  b: Organization;
  dissolved: Organization;
  unrelated: Organization;
  aMember: TestUser;
  aCoordinator: TestUser;
  aViewer: TestUser;
  pCoordinator: TestUser;
  bCoordinator: TestUser;
  outsider: TestUser;
  admin: TestUser;
}

export let ts: TestServer;

/** Starts one server per test file (`options` as `startTestServer` takes them). */
export function usePetitionsServer(options: Parameters<typeof startTestServer>[0] = {}): void {
  beforeAll(async () => {
    ts = await startTestServer(options);
  });
  afterAll(() => ts?.stop());
}

/** A fresh world: agencies and users of its own, so files and tests never collide. */
export async function makeWorld(): Promise<PetitionWorld> {
  const em = ts.orm.em.fork();
  const area = await makeArea(em, { name: `Lạng Sơn ${unique()}` });
  const commune = await makeArea(em, {
    name: `Xã Hoàng Đồng ${unique()}`,
    level: AreaLevel.COMMUNE,
    parent: area,
  });
  const p = await makeOrganization(em, { area, name: 'Ban Dân vận Tỉnh ủy' });
  const a = await makeOrganization(em, {
    area: commune,
    parent: p,
    name: 'UBND xã Hoàng Đồng',
    kind: OrganizationKind.PEOPLES_COMMITTEE,
  });
  const b = await makeOrganization(em, { area: commune, parent: p, name: 'UBND xã Tân Thành' });
  const dissolved = await makeOrganization(em, { area: commune, parent: p, name: 'UBND xã cũ' });
  dissolved.status = OrganizationStatus.DISSOLVED;
  dissolved.endedOn = '2025-01-01';
  const unrelated = await makeOrganization(em, { area, name: 'Cơ quan khác' });
  await em.flush();
  return {
    area,
    commune,
    p,
    a,
    b,
    dissolved,
    unrelated,
    aMember: await makeUserWith(ts.orm, a.id, Role.MEMBER),
    aCoordinator: await makeUserWith(ts.orm, a.id, Role.COORDINATOR),
    aViewer: await makeUserWith(ts.orm, a.id, Role.VIEWER),
    pCoordinator: await makeUserWith(ts.orm, p.id, Role.COORDINATOR),
    bCoordinator: await makeUserWith(ts.orm, b.id, Role.COORDINATOR),
    outsider: await makeUserWith(ts.orm, unrelated.id, Role.COORDINATOR),
    admin: await makeUser(ts.orm, { isSystemAdmin: true }),
  };
}

/** A petitioner as a test gives it (personal data the tests look for where it must not be). */
export const PETITIONER = {
  fullName: 'Nguyễn Văn Bình',
  address: 'Thôn Nà Chuông, xã Hoàng Đồng',
  phone: '0912 345 678',
  identityNumber: '020085001234',
};

/** The input of `receivePetition` for A, with `overrides`. */
export function receiveInput(w: PetitionWorld, overrides: Record<string, unknown> = {}) {
  return {
    organizationId: gid.org(w.a),
    kind: 'COMPLAINT' as const,
    channel: 'POST' as const,
    receivedOn: '2025-03-03',
    subject: 'Khiếu nại về việc bồi thường đất nông nghiệp',
    summary: 'Đề nghị xem xét lại mức bồi thường.',
    areaId: gid.area(w.commune),
    petitioner: PETITIONER,
    ...overrides,
  };
}

/** Receives a petition at A over the API (as A's MEMBER unless `token`) and returns it. */
export async function receive(w: PetitionWorld, overrides: Record<string, unknown> = {}, token?: string) {
  const result = await ts.gql(
    ReceivePetition,
    { input: receiveInput(w, overrides) as never },
    token ?? w.aMember.token,
  );
  return ok(result).receivePetition.petition;
}

/** Runs a petition mutation `name(input: <type>)` and returns the raw answer. */
export function change(name: string, type: string, input: Record<string, unknown>, token: string) {
  return ts.gql<
    Record<string, { petition: { id: string; status: string; version: number; dueOn: string | null } }>
  >(
    `mutation($i: ${type}!) { ${name}(input: $i) { petition { id status version dueOn extensions withinJurisdiction } } }`,
    { i: input },
    token,
  );
}

/** Reads a petition through `node(id:)` as `token`. */
export async function read(id: string, token: string) {
  return ts.gql(PetitionNode, { id }, token);
}

/** What a petition made straight in the database may differ in. */
export interface PetitionOptions {
  status?: PetitionStatus;
  kind?: PetitionKind;
  subject?: string;
  receivedOn?: string;
  /** With a due date, the petition is accepted (within jurisdiction) on the day it was received. */
  dueOn?: string | null;
}

/**
 * A petition handled by organization `handlerId` in area `areaId`, straight in the database through
 * `em` (for lists and the access matrix), with its petitioner and the first row of its chain.
 */
export async function insertPetition(
  em: EntityManager,
  handlerId: string,
  areaId: string,
  options: PetitionOptions = {},
): Promise<Petition> {
  const subject = options.subject ?? `Phản ánh về đường giao thông ${unique()}`;
  const receivedOn = options.receivedOn ?? '2025-02-01';
  const petition = em.create(Petition, {
    kind: options.kind ?? PetitionKind.FEEDBACK,
    channel: PetitionChannel.ONLINE,
    receivedOn,
    organization: handlerId,
    handler: handlerId,
    area: areaId,
    subject,
    subjectKey: foldForSearch(subject),
    status: options.status ?? PetitionStatus.RECEIVED,
    withinJurisdiction: options.dueOn ? true : null,
    acceptedOn: options.dueOn ? receivedOn : null,
    dueOn: options.dueOn ?? null,
  } as never) as Petition;
  em.create(PetitionHandler, { petition, organization: handlerId, startedOn: receivedOn });
  em.create(PetitionPetitioner, { petition, fullName: 'Hoàng Thị Mai', nameKey: 'hoang thi mai' });
  await em.flush();
  return petition;
}

/** `insertPetition` for this file's server. */
export const makePetition = (
  handler: Organization,
  area: AdministrativeArea,
  options: PetitionOptions = {},
) => insertPetition(ts.orm.em.fork(), handler.id, area.id, options);

/** The global ID of a petition record. */
export const petitionGid = (p: { id: string }): string => toGlobalId('Petition', p.id);
