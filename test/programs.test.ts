/**
 * Coordination programs and legal documents over real HTTP and PostgreSQL:
 * every mutation, the status machine, optimistic locking with parallel
 * clients, visibility (denied looks like missing), bad input with nothing
 * partly written, the merger handler, and an N+1 guard on the shared-plans page.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import {
  gid,
  makeArea,
  makeOrganization,
  makeUser,
  unique,
  type TestUser,
  grantRole,
  makeUserWith,
} from './helpers/factories.js';
import { startTestServer, type GqlResult, type TestServer } from './helpers/server.js';
import { Role } from '../server/core/access.js';
import { parseGlobalId, toGlobalId } from '../server/core/ids.js';
import { dayBefore, todayInVietnam } from '../server/core/scalars.js';
import { foldForSearch } from '../server/core/text.js';
import type { AdministrativeArea } from '../server/modules/areas/area.entity.js';
import { LegalDocument } from '../server/modules/legal-documents/legal-document.entity.js';
import {
  Organization,
  OrganizationKind,
  OrganizationStatus,
} from '../server/modules/organizations/organization.entity.js';
import { ObjectiveValue, ProgramObjective } from '../server/modules/programs/objective.entity.js';
import { ParticipantRole, ProgramParticipant } from '../server/modules/programs/participant.entity.js';
import { ProgramHealth, ProgramUpdate } from '../server/modules/programs/program-update.entity.js';
import {
  CoordinationProgram,
  PROGRAM_TRANSITIONS,
  ProgramKind,
  ProgramStatus,
} from '../server/modules/programs/program.entity.js';

// ---------------------------------------------------------------------------
// Operations
// ---------------------------------------------------------------------------

const CreateLegalDocument = graphql(`
  mutation ProgramsCreateLegalDocument($input: CreateLegalDocumentInput!) {
    createLegalDocument(input: $input) {
      legalDocument { id number kind title issuedOn url issuingOrganization { id } }
    }
  }
`);

const LegalDocuments = graphql(`
  query ProgramsLegalDocuments($filter: LegalDocumentFilter, $first: Int, $after: String) {
    legalDocuments(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id number title issuedOn } }
    }
  }
`);

const Node = graphql(`
  query ProgramsNode($id: ID!) {
    node(id: $id) {
      id
      ... on CoordinationProgram { code }
      ... on LegalDocument { number }
      ... on ProgramParticipant { role }
      ... on ProgramUpdate { body }
      ... on ProgramObjective { key }
    }
  }
`);

const CreateProgram = graphql(`
  mutation ProgramsCreateProgram($input: CreateProgramInput!) {
    createProgram(input: $input) {
      program {
        id code title description kind status version startsOn endsOn
        owner { id }
        parent { id }
        legalBasis { id number }
        leadOrganization { id }
        participants { role joinedOn leftOn isCurrent organization { id } }
      }
    }
  }
`);

const UpdateDetails = graphql(`
  mutation ProgramsUpdateDetails($input: UpdateProgramDetailsInput!) {
    updateProgramDetails(input: $input) {
      program { id title description startsOn endsOn version legalBasis { id } }
    }
  }
`);

const ChangeStatus = graphql(`
  mutation ProgramsChangeStatus($input: ChangeProgramStatusInput!) {
    changeProgramStatus(input: $input) { program { id status statusReason version } }
  }
`);

const AddParticipant = graphql(`
  mutation ProgramsAddParticipant($input: AddProgramParticipantInput!) {
    addProgramParticipant(input: $input) {
      participant { id role joinedOn leftOn isCurrent organization { id } }
      program { id participants { role organization { id } } }
    }
  }
`);

const RemoveParticipant = graphql(`
  mutation ProgramsRemoveParticipant($input: RemoveProgramParticipantInput!) {
    removeProgramParticipant(input: $input) {
      participant { id role joinedOn leftOn isCurrent organization { id } }
    }
  }
`);

const SetObjective = graphql(`
  mutation ProgramsSetObjective($input: SetProgramObjectiveInput!) {
    setProgramObjective(input: $input) {
      objective { id key title unit target targetDate latestValue progressPercent }
    }
  }
`);

const RecordValue = graphql(`
  mutation ProgramsRecordValue($input: RecordObjectiveValueInput!) {
    recordObjectiveValue(input: $input) {
      value { value recordedOn note }
      objective { key latestValue latestRecordedOn progressPercent }
    }
  }
`);

const PostUpdate = graphql(`
  mutation ProgramsPostUpdate($input: PostProgramUpdateInput!) {
    postProgramUpdate(input: $input) {
      update { id health body createdAt organization { id } author { id fullName } }
    }
  }
`);

const ProgramDetail = graphql(`
  query ProgramsDetail($id: ID!, $includeLeft: Boolean, $updates: Int, $after: String) {
    program(id: $id) {
      id code title status statusReason version startsOn endsOn
      owner { id }
      parent { id }
      children { id }
      legalBasis { id number issuedOn }
      leadOrganization { id name }
      participants(includeLeft: $includeLeft) { role joinedOn leftOn isCurrent organization { id } }
      objectives {
        key title unit target targetDate latestValue latestRecordedOn progressPercent
        values { value recordedOn note }
      }
      updates(first: $updates, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { id body health createdAt organization { id } } }
      }
      latestUpdate { body }
      viewerCan { update changeStatus manageParticipants postUpdate createTask }
    }
  }
`);

const Programs = graphql(`
  query ProgramsList($filter: ProgramFilter, $orderBy: ProgramOrder, $first: Int, $after: String) {
    programs(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id code status } }
    }
  }
`);

const OrganizationPrograms = graphql(`
  query ProgramsOfOrganization(
    $id: ID!
    $role: ParticipantRole
    $status: [ProgramStatus!]
    $first: Int
    $after: String
  ) {
    organization(id: $id) {
      programs(role: $role, status: $status, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { id code startsOn endsOn updatedAt } }
      }
    }
  }
`);

const Merge = graphql(`
  mutation ProgramsMerge($input: MergeOrganizationsInput!) {
    mergeOrganizations(input: $input) { successor { id } }
  }
`);

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

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

let ts: TestServer;
let admin: TestUser;

beforeAll(async () => {
  ts = await startTestServer();
  admin = await makeUser(ts.orm, { isSystemAdmin: true });
});
afterAll(() => ts?.stop());

const today = todayInVietnam();
const yesterday = dayBefore(today);
const MISSING = '00000000-0000-4000-8000-000000000000';

/** `extensions.code` of the first error, if any. */
const codeOf = (result: GqlResult<unknown>) => result.errors?.[0]?.extensions?.code;

/** Asserts the request succeeded and returns its data. */
function ok<T>(result: GqlResult<T>): T {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  expect(result.data).toBeTruthy();
  return result.data as T;
}

/** Asserts the request failed with `code` (and `field`, when given), under HTTP 500. */
function fails(result: GqlResult<unknown>, code: string, field?: string, label = ''): void {
  expect(result.status, label).toBeLessThan(500);
  expect(codeOf(result), `${label} ${JSON.stringify(result.errors ?? result.data).slice(0, 300)}`).toBe(code);
  if (field) expect(result.errors?.[0]?.extensions?.field, label).toBe(field);
}

const dbId = (globalId: string): string => parseGlobalId(globalId)!.id;
const programGid = (p: { id: string }) => toGlobalId('CoordinationProgram', p.id);
const documentGid = (d: { id: string }) => toGlobalId('LegalDocument', d.id);

/** Grants `role` on `organization` to `user`, in force from a minute ago. */
async function grant(user: TestUser, organization: Organization, role: Role): Promise<void> {
  await grantRole(ts.orm, user.user.id, organization.id, role);
}

/** A user with one role on one organization. */
const userWith = (role: Role, organization: Organization): Promise<TestUser> =>
  makeUserWith(ts.orm, organization.id, role);

/**
 * A province with the agencies of a coordination regulation: the Ban Dân vận
 * (owner) under the provincial party committee, the Fatherland Front and the
 * People's Committee as partners, and an unrelated agency elsewhere; a
 * coordinator on the owner, and users of each side.
 */
async function makeWorld() {
  const em = ts.orm.em.fork();
  const area = await makeArea(em, { name: `Tỉnh Lạng Sơn ${unique()}` });
  const committee = await makeOrganization(em, {
    area,
    name: `Tỉnh ủy ${unique()}`,
    kind: OrganizationKind.PARTY_COMMITTEE,
  });
  const owner = await makeOrganization(em, { area, name: `Ban Dân vận ${unique()}`, parent: committee });
  const frontAbove = await makeOrganization(em, {
    area,
    name: `Ủy ban MTTQ Trung ương ${unique()}`,
    kind: OrganizationKind.FATHERLAND_FRONT,
  });
  const front = await makeOrganization(em, {
    area,
    name: `Ủy ban MTTQ ${unique()}`,
    kind: OrganizationKind.FATHERLAND_FRONT,
    parent: frontAbove,
  });
  const government = await makeOrganization(em, {
    area,
    name: `UBND tỉnh ${unique()}`,
    kind: OrganizationKind.PEOPLES_COMMITTEE,
  });
  const outsider = await makeOrganization(em, { area: await makeArea(em), name: `Cơ quan khác ${unique()}` });
  await em.flush();
  const coordinator = await userWith(Role.COORDINATOR, owner);
  return {
    area,
    committee,
    owner,
    front,
    frontAbove,
    government,
    outsider,
    coordinator,
    frontViewer: await userWith(Role.VIEWER, front),
    frontCoordinator: await userWith(Role.COORDINATOR, front),
    frontAboveViewer: await userWith(Role.VIEWER, frontAbove),
    outsiderCoordinator: await userWith(Role.COORDINATOR, outsider),
    ownerViewer: await userWith(Role.VIEWER, owner),
  };
}
type World = Awaited<ReturnType<typeof makeWorld>>;

/** Creates a program over the API as the world's coordinator: owner LEAD, the Front PARTNER by default. */
async function createProgram(
  w: World,
  input: Partial<{
    kind: string;
    code: string;
    title: string;
    description: string | null;
    startsOn: string | null;
    endsOn: string | null;
    parentId: string | null;
    legalBasisIds: string[];
    participants: { organizationId: string; role: string }[];
  }> = {},
  token = w.coordinator.token,
) {
  const result = await ts.gql(
    CreateProgram,
    {
      input: {
        kind: 'COORDINATION_REGULATION',
        code: unique('QCPH-'),
        title: 'Quy chế phối hợp giữa UBND tỉnh và Ủy ban MTTQ tỉnh',
        startsOn: '2024-01-01',
        endsOn: '2026-12-31',
        ownerOrganizationId: gid.org(w.owner),
        participants: [
          { organizationId: gid.org(w.owner), role: 'LEAD' },
          { organizationId: gid.org(w.front), role: 'PARTNER' },
        ],
        ...input,
      } as never,
    },
    token,
  );
  return ok(result).createProgram.program;
}

/** Reads a program as the admin. */
async function detail(
  id: string,
  variables: { includeLeft?: boolean; updates?: number; after?: string } = {},
) {
  return ok(await ts.gql(ProgramDetail, { id, ...variables }, admin.token)).program;
}

/** Moves a program straight to `status` in the database (test setup only). */
async function forceStatus(id: string, status: ProgramStatus): Promise<void> {
  const em = ts.orm.em.fork();
  const program = await em.findOneOrFail(CoordinationProgram, dbId(id));
  program.status = status;
  await em.flush();
}

/** Stored rows of a program's tables, for "nothing partly written" checks. */
async function storedCounts(programDbId: string) {
  const em = ts.orm.em.fork();
  return {
    participants: await em.count(ProgramParticipant, { program: programDbId }),
    objectives: await em.count(ProgramObjective, { program: programDbId }),
    updates: await em.count(ProgramUpdate, { program: programDbId }),
  };
}

/** Creates a legal document straight in the database. */
async function makeDocument(em: EntityManager, issuer: Organization, number = unique('QĐ-')) {
  const title = `Quyết định ${number}`;
  const document = em.create(LegalDocument, {
    number,
    kind: 'DECISION' as never,
    title,
    searchKey: foldForSearch(`${number} ${title}`),
    issuingOrganization: issuer,
    issuedOn: '2023-03-15',
  });
  await em.flush();
  return document;
}

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

/** Marks an organization merged or dissolved in the database. */
async function endOrganization(organization: Organization, status: OrganizationStatus): Promise<void> {
  const em = ts.orm.em.fork();
  const org = await em.findOneOrFail(Organization, organization.id);
  org.status = status;
  org.endedOn = '2025-07-01';
  await em.flush();
}

// ---------------------------------------------------------------------------
// Legal documents
// ---------------------------------------------------------------------------

describe('legal documents', () => {
  it('records a document in NFC, finds it without diacritics, and reads it by node(id)', async () => {
    const w = await makeWorld();
    const standing = await makeOrganization(ts.orm.em.fork(), {
      area: w.area,
      parent: w.committee,
      kind: OrganizationKind.PARTY_STANDING_COMMITTEE,
    });
    const coordinator = await userWith(Role.COORDINATOR, standing);
    const number = `593-QĐ/TU-${unique()}`;
    const title = 'Quy định về dân vận khéo trong hệ thống chính trị tỉnh Lạng Sơn';
    const created = ok(
      await ts.gql(
        CreateLegalDocument,
        {
          input: {
            number: `  ${number.normalize('NFD')} `,
            kind: 'REGULATION',
            title: title.normalize('NFD'),
            issuingOrganizationId: gid.org(standing),
            issuedOn: '2021-05-20',
            url: 'https://langson.gov.vn/593',
          },
        },
        coordinator.token,
      ),
    ).createLegalDocument.legalDocument;
    expect(created).toMatchObject({
      number: number.normalize('NFC'),
      title,
      kind: 'REGULATION',
      issuedOn: '2021-05-20',
      url: 'https://langson.gov.vn/593',
      issuingOrganization: { id: gid.org(standing) },
    });

    // Public acts: a signed-in user with no role at all reads and finds them.
    const nobody = await makeUser(ts.orm);
    const search = async (filter: Record<string, unknown>) =>
      ok(await ts.gql(LegalDocuments, { filter, first: 10 }, nobody.token)).legalDocuments;
    const byText = await search({ search: 'dan van kheo', issuingOrganizationId: gid.org(standing) });
    expect(byText.edges.map((e) => e.node.id)).toEqual([created.id]);
    const byNumber = await search({ search: number.replace('QĐ', 'qd').toLowerCase() });
    expect(byNumber.edges.map((e) => e.node.id)).toEqual([created.id]);
    expect(
      (await search({ issuingOrganizationId: gid.org(standing), kinds: ['DIRECTIVE'] })).totalCount,
    ).toBe(0);
    const node = ok(await ts.gql(Node, { id: created.id }, nobody.token)).node;
    expect(node).toMatchObject({ id: created.id, number: number.normalize('NFC') });
  });

  it('lists newest first and pages', async () => {
    const w = await makeWorld();
    const em = ts.orm.em.fork();
    const numbers = [];
    for (const issuedOn of ['2021-01-01', '2023-01-01', '2022-01-01']) {
      const document = await makeDocument(em, w.owner);
      document.issuedOn = issuedOn;
      numbers.push([issuedOn, document.number]);
    }
    await em.flush();
    const expected = numbers.toSorted((a, b) => b[0].localeCompare(a[0])).map(([, n]) => n);
    const page1 = ok(
      await ts.gql(
        LegalDocuments,
        { filter: { issuingOrganizationId: gid.org(w.owner) }, first: 2 },
        admin.token,
      ),
    ).legalDocuments;
    expect(page1.totalCount).toBe(3);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = ok(
      await ts.gql(
        LegalDocuments,
        { filter: { issuingOrganizationId: gid.org(w.owner) }, first: 2, after: page1.pageInfo.endCursor },
        admin.token,
      ),
    ).legalDocuments;
    expect([...page1.edges, ...page2.edges].map((e) => e.node.number)).toEqual(expected);
  });

  it('refuses bad input, duplicates and non-coordinators, and stores nothing for them', async () => {
    const w = await makeWorld();
    const number = `43-CT/TU-${unique()}`;
    const input = {
      number,
      kind: 'DIRECTIVE' as const,
      title: 'Chỉ thị về tăng cường công tác dân vận',
      issuingOrganizationId: gid.org(w.owner),
      issuedOn: '2022-02-01',
    };
    ok(await ts.gql(CreateLegalDocument, { input }, w.coordinator.token));
    const cases: [Record<string, unknown>, string, string | undefined, string?][] = [
      [{}, 'CONFLICT', 'number'],
      [{ number: ` ${number}  ` }, 'CONFLICT', 'number'],
      [{ number: 'x'.repeat(101) }, 'BAD_USER_INPUT', 'number'],
      [{ number: '   ' }, 'BAD_USER_INPUT', 'number'],
      [{ number: unique('n-'), title: 'ư'.repeat(1001) }, 'BAD_USER_INPUT', 'title'],
      [{ number: unique('n-'), url: 'javascript:alert(1)' }, 'BAD_USER_INPUT', 'url'],
      [{ number: unique('n-'), issuingOrganizationId: gid.org({ id: MISSING }) }, 'NOT_FOUND', undefined],
      [
        { number: unique('n-'), issuingOrganizationId: gid.area(w.area) },
        'BAD_USER_INPUT',
        'issuingOrganizationId',
      ],
      [{ number: unique('n-') }, 'FORBIDDEN', undefined, w.ownerViewer.token],
      [{ number: unique('n-') }, 'FORBIDDEN', undefined, w.outsiderCoordinator.token],
    ];
    for (const [change, code, field, token] of cases) {
      const result = await ts.gql(
        CreateLegalDocument,
        { input: { ...input, ...change } },
        token ?? w.coordinator.token,
      );
      fails(result, code, field, JSON.stringify(change).slice(0, 60));
    }
    // Exactly 1,000 characters of title is fine; ADMIN (stronger than COORDINATOR) may record too.
    const admin1 = await userWith(Role.ADMIN, w.committee);
    ok(
      await ts.gql(
        CreateLegalDocument,
        { input: { ...input, number: unique('n-'), title: 'ư'.repeat(1000) } },
        admin1.token,
      ),
    );
    expect(await ts.orm.em.fork().count(LegalDocument, { issuingOrganization: w.owner.id })).toBe(2);
  });

  it('refuses two parallel documents with one number for one issuer', async () => {
    const w = await makeWorld();
    const input = {
      number: `120-KL/TW-${unique()}`,
      kind: 'CONCLUSION' as const,
      title: 'Kết luận',
      issuingOrganizationId: gid.org(w.owner),
      issuedOn: '2021-01-07',
    };
    const results = await Promise.all([
      ts.gql(CreateLegalDocument, { input }, w.coordinator.token),
      ts.gql(CreateLegalDocument, { input }, w.coordinator.token),
    ]);
    expect(results.map(codeOf).toSorted()).toEqual(['CONFLICT', undefined]);
    expect(await ts.orm.em.fork().count(LegalDocument, { number: input.number })).toBe(1);
  });
});

// ---------------------------------------------------------------------------
// createProgram
// ---------------------------------------------------------------------------

describe('createProgram', () => {
  it('creates a DRAFT program with participants, legal basis and a parent', async () => {
    const w = await makeWorld();
    const document = await makeDocument(ts.orm.em.fork(), w.committee);
    const parent = await createProgram(w, { kind: 'ACTION_PROGRAM', title: 'Chương trình hành động' });
    const code = `12-ĐA/TU-${unique()}`;
    const created = await createProgram(w, {
      kind: 'ACTION_PROGRAM',
      code: code.normalize('NFD'),
      title: '  Chương trình   nâng cao chất lượng công tác dân vận  '.normalize('NFD'),
      description: '  Dòng một\nDòng hai  ',
      parentId: parent.id,
      legalBasisIds: [documentGid(document), documentGid(document)],
      participants: [
        { organizationId: gid.org(w.government), role: 'LEAD' },
        { organizationId: gid.org(w.front), role: 'PARTNER' },
      ],
    });
    expect(created).toMatchObject({
      code: code.normalize('NFC'),
      title: 'Chương trình nâng cao chất lượng công tác dân vận',
      description: 'Dòng một\nDòng hai',
      kind: 'ACTION_PROGRAM',
      status: 'DRAFT',
      version: 1,
      owner: { id: gid.org(w.owner) },
      parent: { id: parent.id },
      legalBasis: [{ id: documentGid(document), number: document.number }],
      leadOrganization: { id: gid.org(w.government) },
    });
    // A LEAD was given: the owner is not a participant by itself.
    expect(created.participants.map((p) => [p.organization.id, p.role, p.joinedOn, p.isCurrent])).toEqual([
      [gid.org(w.government), 'LEAD', '2024-01-01', true],
      [gid.org(w.front), 'PARTNER', '2024-01-01', true],
    ]);
    expect((await detail(parent.id)).children.map((c) => c.id)).toEqual([created.id]);
    // Read back through the pivot loader (raw SQL mapped to entities): dates stay plain dates.
    expect((await detail(created.id)).legalBasis).toEqual([
      { id: documentGid(document), number: document.number, issuedOn: '2023-03-15' },
    ]);
  });

  it('makes the owner LEAD when no LEAD is given', async () => {
    const w = await makeWorld();
    const created = await createProgram(w, {
      startsOn: null,
      endsOn: null,
      participants: [{ organizationId: gid.org(w.front), role: 'PARTNER' }],
    });
    expect(created.participants.map((p) => [p.organization.id, p.role, p.joinedOn])).toEqual([
      [gid.org(w.owner), 'LEAD', today],
      [gid.org(w.front), 'PARTNER', today],
    ]);
    const bare = await createProgram(w, { participants: [] });
    expect(bare.participants.map((p) => [p.organization.id, p.role])).toEqual([[gid.org(w.owner), 'LEAD']]);
  });

  it('refuses bad input with a typed error and writes nothing', async () => {
    const w = await makeWorld();
    const merged = await makeOrganization(ts.orm.em.fork(), { area: w.area });
    await endOrganization(merged, OrganizationStatus.MERGED);
    const dissolved = await makeOrganization(ts.orm.em.fork(), { area: w.area });
    await endOrganization(dissolved, OrganizationStatus.DISSOLVED);
    const hidden = await createProgram(
      { ...w, coordinator: w.outsiderCoordinator, owner: w.outsider },
      { participants: [] },
      w.outsiderCoordinator.token,
    );
    const taken = await createProgram(w);
    const marker = unique('BAD-');
    const base = { code: marker };
    const participant = (org: { id: string }, role = 'PARTNER') => ({
      participants: [
        { organizationId: gid.org(w.owner), role: 'LEAD' },
        { organizationId: gid.org(org), role },
      ],
    });
    const cases: [string, Record<string, unknown>, string, string?, string?][] = [
      ['end before start', { startsOn: '2025-01-01', endsOn: '2024-12-31' }, 'BAD_USER_INPUT', 'endsOn'],
      ['empty title', { title: '   ' }, 'BAD_USER_INPUT', 'title'],
      ['long title', { title: 'ư'.repeat(501) }, 'BAD_USER_INPUT', 'title'],
      ['long code', { code: `${marker}${'x'.repeat(64)}` }, 'BAD_USER_INPUT', 'code'],
      ['merged participant', participant(merged), 'CONFLICT', 'participants'],
      ['dissolved participant', participant(dissolved), 'CONFLICT', 'participants'],
      ['unknown participant', participant({ id: MISSING }), 'NOT_FOUND'],
      [
        'area as participant',
        { participants: [{ organizationId: gid.area(w.area), role: 'LEAD' }] },
        'BAD_USER_INPUT',
        'participants',
      ],
      ['twice the same', participant(w.owner), 'BAD_USER_INPUT', 'participants'],
      ['unknown document', { legalBasisIds: [documentGid({ id: MISSING })] }, 'NOT_FOUND'],
      ['organization as document', { legalBasisIds: [gid.org(w.owner)] }, 'BAD_USER_INPUT', 'legalBasisIds'],
      ['unknown parent', { parentId: programGid({ id: MISSING }) }, 'NOT_FOUND'],
      ["someone else's parent", { parentId: hidden.id }, 'NOT_FOUND'],
      ['unknown owner', { ownerOrganizationId: gid.org({ id: MISSING }) }, 'NOT_FOUND'],
      ['merged owner', { ownerOrganizationId: gid.org(merged) }, 'FORBIDDEN'],
      ['taken code', { code: taken.code }, 'CONFLICT', 'code'],
      ['not a coordinator', {}, 'FORBIDDEN', undefined, w.ownerViewer.token],
      ['coordinator elsewhere', {}, 'FORBIDDEN', undefined, w.outsiderCoordinator.token],
    ];
    for (const [label, change, code, field, token] of cases) {
      const result = await ts.gql(
        CreateProgram,
        {
          input: {
            kind: 'PLAN',
            title: 'Kế hoạch',
            ownerOrganizationId: gid.org(w.owner),
            ...base,
            ...change,
          } as never,
        },
        token ?? w.coordinator.token,
      );
      fails(result, code, field, label);
    }
    // A merged owner is refused even to a system administrator, with CONFLICT.
    const mergedOwner = await ts.gql(
      CreateProgram,
      { input: { kind: 'PLAN', title: 'Kế hoạch', code: marker, ownerOrganizationId: gid.org(merged) } },
      admin.token,
    );
    fails(mergedOwner, 'CONFLICT', 'ownerOrganizationId');
    const em = ts.orm.em.fork();
    expect(await em.count(CoordinationProgram, { code: { $like: `${marker}%` } })).toBe(0);
    expect(await em.count(ProgramParticipant, { organization: { $in: [merged.id, dissolved.id] } })).toBe(0);
  });
});

// ---------------------------------------------------------------------------
// Status machine
// ---------------------------------------------------------------------------

/** Statuses that need a reason. */
const needsReason = (s: ProgramStatus) => s === ProgramStatus.SUSPENDED || s === ProgramStatus.CANCELLED;

describe('changeProgramStatus', () => {
  const statuses = Object.values(ProgramStatus);

  it('allows exactly the transitions of the life-cycle', async () => {
    const w = await makeWorld();
    const failures: string[] = [];
    for (const from of statuses) {
      for (const to of statuses) {
        const program = await createProgram(w);
        if (from !== ProgramStatus.DRAFT) await forceStatus(program.id, from);
        const result = await ts.gql(
          ChangeStatus,
          {
            input: {
              programId: program.id,
              expectedVersion: from === ProgramStatus.DRAFT ? 1 : 2,
              status: to,
              reason: needsReason(to) ? 'Rà soát, đánh giá lại đề án' : null,
            },
          },
          w.coordinator.token,
        );
        const legal = PROGRAM_TRANSITIONS[from].includes(to);
        const code = codeOf(result);
        if (legal && (code || result.data?.changeProgramStatus.program.status !== to)) {
          failures.push(`${from} → ${to}: expected allowed, got ${code}`);
        }
        if (!legal && code !== 'CONFLICT')
          failures.push(`${from} → ${to}: expected CONFLICT, got ${code ?? 'success'}`);
        if (!legal) expect((await detail(program.id)).status).toBe(from);
      }
    }
    expect(failures).toEqual([]);
  });

  it('walks a scheme through its life: activated, suspended after review with a reason, resumed, completed', async () => {
    const w = await makeWorld();
    const program = await createProgram(w);
    const step = async (status: string, version: number, reason?: string) =>
      ok(
        await ts.gql(
          ChangeStatus,
          { input: { programId: program.id, expectedVersion: version, status: status as never, reason } },
          w.coordinator.token,
        ),
      ).changeProgramStatus.program;
    expect(await step('ACTIVE', 1)).toMatchObject({ status: 'ACTIVE', version: 2, statusReason: null });
    // Suspending needs a reason.
    const noReason = await ts.gql(
      ChangeStatus,
      { input: { programId: program.id, expectedVersion: 2, status: 'SUSPENDED', reason: '  ' } },
      w.coordinator.token,
    );
    fails(noReason, 'BAD_USER_INPUT', 'reason');
    expect(await step('SUSPENDED', 2, 'Tạm dừng sau rà soát')).toMatchObject({
      status: 'SUSPENDED',
      statusReason: 'Tạm dừng sau rà soát',
      version: 3,
    });
    // A stale version is a CONFLICT, even for a legal transition.
    const stale = await ts.gql(
      ChangeStatus,
      { input: { programId: program.id, expectedVersion: 2, status: 'ACTIVE' } },
      w.coordinator.token,
    );
    fails(stale, 'CONFLICT', 'expectedVersion');
    expect(await step('ACTIVE', 3)).toMatchObject({ status: 'ACTIVE', statusReason: null, version: 4 });
    expect(await step('COMPLETED', 4)).toMatchObject({ status: 'COMPLETED', version: 5 });
    const cancelled = await ts.gql(
      ChangeStatus,
      { input: { programId: program.id, expectedVersion: 5, status: 'CANCELLED', reason: 'Hủy' } },
      w.coordinator.token,
    );
    fails(cancelled, 'CONFLICT', 'status');
  });

  it('refuses to activate a program without a current LEAD, and cancelling without a reason', async () => {
    const w = await makeWorld();
    const program = await createProgram(w);
    ok(
      await ts.gql(
        RemoveParticipant,
        { input: { programId: program.id, organizationId: gid.org(w.owner), leftOn: yesterday } },
        w.coordinator.token,
      ),
    );
    const activate = await ts.gql(
      ChangeStatus,
      { input: { programId: program.id, expectedVersion: 1, status: 'ACTIVE' } },
      w.coordinator.token,
    );
    fails(activate, 'CONFLICT', 'status');
    const cancel = await ts.gql(
      ChangeStatus,
      { input: { programId: program.id, expectedVersion: 1, status: 'CANCELLED' } },
      w.coordinator.token,
    );
    fails(cancel, 'BAD_USER_INPUT', 'reason');
    expect(await detail(program.id)).toMatchObject({ status: 'DRAFT', version: 1 });
  });
});

// ---------------------------------------------------------------------------
// updateProgramDetails and optimistic locking
// ---------------------------------------------------------------------------

describe('updateProgramDetails', () => {
  it('changes details, replaces the legal basis, clears with null, and makes a new version each time', async () => {
    const w = await makeWorld();
    const em = ts.orm.em.fork();
    const [d1, d2] = [await makeDocument(em, w.committee), await makeDocument(em, w.committee)];
    const program = await createProgram(w, { description: 'Mô tả', legalBasisIds: [documentGid(d1)] });
    const updated = ok(
      await ts.gql(
        UpdateDetails,
        {
          input: {
            programId: program.id,
            expectedVersion: 1,
            title: 'Quy chế phối hợp (sửa đổi)',
            description: null,
            endsOn: '2030-12-31',
            legalBasisIds: [documentGid(d2)],
          },
        },
        w.coordinator.token,
      ),
    ).updateProgramDetails.program;
    expect(updated).toMatchObject({
      title: 'Quy chế phối hợp (sửa đổi)',
      description: null,
      startsOn: '2024-01-01',
      endsOn: '2030-12-31',
      version: 2,
      legalBasis: [{ id: documentGid(d2) }],
    });
    // Only the legal basis changes: still a new version.
    const basisOnly = ok(
      await ts.gql(
        UpdateDetails,
        { input: { programId: program.id, expectedVersion: 2, legalBasisIds: [] } },
        w.coordinator.token,
      ),
    ).updateProgramDetails.program;
    expect(basisOnly).toMatchObject({ version: 3, legalBasis: [], title: 'Quy chế phối hợp (sửa đổi)' });
    // The new title is searchable.
    const found = ok(
      await ts.gql(Programs, { filter: { search: 'quy che phoi hop (sua doi)' } }, w.coordinator.token),
    ).programs;
    expect(found.edges.map((e) => e.node.id)).toContain(program.id);
  });

  it('refuses a stale version, a start after the end, unknown documents, and changes nothing', async () => {
    const w = await makeWorld();
    const program = await createProgram(w);
    const cases: [Record<string, unknown>, string, string?, string?][] = [
      [{ expectedVersion: 0, title: 'X' }, 'CONFLICT', 'expectedVersion'],
      [{ startsOn: '2027-01-01' }, 'BAD_USER_INPUT', 'startsOn'],
      [{ endsOn: '2023-12-31' }, 'BAD_USER_INPUT', 'endsOn'],
      [{ title: '' }, 'BAD_USER_INPUT', 'title'],
      [{ title: 'X', legalBasisIds: [documentGid({ id: MISSING })] }, 'NOT_FOUND'],
      [{ title: 'X', legalBasisIds: [program.id] }, 'BAD_USER_INPUT', 'legalBasisIds'],
      [{ programId: programGid({ id: MISSING }) }, 'NOT_FOUND'],
      [{ programId: gid.org(w.owner) }, 'BAD_USER_INPUT', 'programId'],
      [{ title: 'X' }, 'FORBIDDEN', undefined, w.frontViewer.token],
      [{ title: 'X' }, 'FORBIDDEN', undefined, w.frontCoordinator.token],
      [{ title: 'X' }, 'NOT_FOUND', undefined, w.outsiderCoordinator.token],
    ];
    for (const [change, code, field, token] of cases) {
      const result = await ts.gql(
        UpdateDetails,
        { input: { programId: program.id, expectedVersion: 1, ...change } as never },
        token ?? w.coordinator.token,
      );
      fails(result, code, field, JSON.stringify(change).slice(0, 80));
    }
    const stored = await detail(program.id);
    expect(stored).toMatchObject({
      title: program.title,
      version: 1,
      startsOn: '2024-01-01',
      endsOn: '2026-12-31',
    });
  });

  it('lets exactly one of two parallel updates from one version win, and loses neither silently', async () => {
    const w = await makeWorld();
    const second = await userWith(Role.COORDINATOR, w.committee);
    for (let round = 0; round < 5; round++) {
      const program = await createProgram(w);
      const results = await Promise.all([
        ts.gql(
          UpdateDetails,
          { input: { programId: program.id, expectedVersion: 1, title: 'Bản của Ban Dân vận' } },
          w.coordinator.token,
        ),
        ts.gql(
          UpdateDetails,
          { input: { programId: program.id, expectedVersion: 1, title: 'Bản của Tỉnh ủy' } },
          second.token,
        ),
      ]);
      const winners = results.filter((r) => !r.errors);
      const losers = results.filter((r) => r.errors);
      expect(winners).toHaveLength(1);
      expect(losers.map(codeOf)).toEqual(['CONFLICT']);
      const winner = winners[0].data!.updateProgramDetails.program;
      expect(winner.version).toBe(2);
      const reread = await detail(program.id);
      expect(reread).toMatchObject({ title: winner.title, version: 2 });
      // The loser retries from what it reads now, and its change lands on top.
      const retry = ok(
        await ts.gql(
          UpdateDetails,
          { input: { programId: program.id, expectedVersion: reread.version, description: 'Bổ sung' } },
          second.token,
        ),
      ).updateProgramDetails.program;
      expect(retry).toMatchObject({ title: winner.title, description: 'Bổ sung', version: 3 });
    }
  });
});

// ---------------------------------------------------------------------------
// Participants
// ---------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------
// Objectives
// ---------------------------------------------------------------------------

describe('objectives', () => {
  it('sets objectives by key, records values over time, and reports progress', async () => {
    const w = await makeWorld();
    const program = await createProgram(w, { startsOn: '2021-01-01' });
    const set = (input: Record<string, unknown>) =>
      ts.gql(SetObjective, { input: { programId: program.id, ...input } as never }, w.coordinator.token);
    const first = ok(
      await set({
        key: 'than-thien',
        title: 'Xã đạt mô hình "Chính quyền thân thiện"',
        unit: 'xã',
        target: 100,
      }),
    ).setProgramObjective.objective;
    expect(first).toMatchObject({ key: 'than-thien', target: 100, latestValue: null, progressPercent: null });
    ok(await set({ key: 'dan-van-kheo', title: 'Mô hình "Dân vận khéo"', unit: 'mô hình', target: 1635 }));
    const record = (input: Record<string, unknown>) =>
      ts.gql(RecordValue, { input: { programId: program.id, ...input } as never }, w.coordinator.token);
    ok(await record({ objectiveKey: 'than-thien', value: 120, recordedOn: '2021-12-31' }));
    const latest = ok(
      await record({
        objectiveKey: 'than-thien',
        value: 166,
        recordedOn: '2022-12-31',
        note: '166/200 xã (83%)',
      }),
    ).recordObjectiveValue;
    expect(latest.value).toEqual({ value: 166, recordedOn: '2022-12-31', note: '166/200 xã (83%)' });
    expect(latest.objective).toMatchObject({
      latestValue: 166,
      latestRecordedOn: '2022-12-31',
      progressPercent: 166,
    });
    // Recording an older value afterwards does not change the latest.
    ok(await record({ objectiveKey: 'than-thien', value: 90, recordedOn: '2021-06-30' }));
    // Updating by key keeps the objective and its values; the target moves to 200.
    const updated = ok(
      await set({
        key: 'than-thien',
        title: 'Xã đạt mô hình "Chính quyền thân thiện"',
        unit: 'xã',
        target: 200,
      }),
    ).setProgramObjective.objective;
    expect(updated).toMatchObject({ id: first.id, target: 200, latestValue: 166, progressPercent: 83 });
    const objectives = (await detail(program.id)).objectives;
    expect(objectives.map((o) => o.key)).toEqual(['than-thien', 'dan-van-kheo']);
    expect(objectives[0].values.map((v) => [v.recordedOn, v.value])).toEqual([
      ['2022-12-31', 166],
      ['2021-12-31', 120],
      ['2021-06-30', 90],
    ]);
    expect(objectives[1]).toMatchObject({ latestValue: null, values: [] });
    expect(ok(await ts.gql(Node, { id: first.id }, w.frontViewer.token)).node).toMatchObject({
      key: 'than-thien',
    });
    expect(codeOf(await ts.gql(Node, { id: first.id }, w.outsiderCoordinator.token))).toBe('NOT_FOUND');
  });

  it('refuses bad targets and dates, unknown keys, and writes nothing', async () => {
    const w = await makeWorld();
    const program = await createProgram(w);
    const objective = { key: 'k', title: 'Mục tiêu', unit: 'lượt', target: 10 };
    ok(await ts.gql(SetObjective, { input: { programId: program.id, ...objective } }, w.coordinator.token));
    const before = await storedCounts(dbId(program.id));
    const setCases: [Record<string, unknown>, string, string?, string?][] = [
      [{ target: 0 }, 'BAD_USER_INPUT', 'target'],
      [{ target: -5 }, 'BAD_USER_INPUT', 'target'],
      [{ key: 'new', targetDate: '2023-12-31' }, 'BAD_USER_INPUT', 'targetDate'],
      [{ key: ' ' }, 'BAD_USER_INPUT', 'key'],
      [{ key: 'x'.repeat(65) }, 'BAD_USER_INPUT', 'key'],
      [{ key: 'new' }, 'FORBIDDEN', undefined, w.frontCoordinator.token],
    ];
    for (const [change, code, field, token] of setCases) {
      const result = await ts.gql(
        SetObjective,
        { input: { programId: program.id, ...objective, ...change } as never },
        token ?? w.coordinator.token,
      );
      fails(result, code, field, JSON.stringify(change));
    }
    const valueCases: [Record<string, unknown>, string, string?][] = [
      [{ objectiveKey: 'unknown' }, 'NOT_FOUND'],
      [{ recordedOn: '2099-01-01' }, 'BAD_USER_INPUT', 'recordedOn'],
      [{ recordedOn: '2023-12-31' }, 'BAD_USER_INPUT', 'recordedOn'],
      [{ note: 'n'.repeat(1001) }, 'BAD_USER_INPUT', 'note'],
    ];
    for (const [change, code, field] of valueCases) {
      const result = await ts.gql(
        RecordValue,
        { input: { programId: program.id, objectiveKey: 'k', value: 3, ...change } as never },
        w.coordinator.token,
      );
      fails(result, code, field, JSON.stringify(change));
    }
    expect(await storedCounts(dbId(program.id))).toEqual(before);
    expect(await ts.orm.em.fork().count(ObjectiveValue, { objective: { program: dbId(program.id) } })).toBe(
      0,
    );
    // A completed program still takes its final values (the review conference), a cancelled one does not.
    await forceStatus(program.id, ProgramStatus.COMPLETED);
    ok(
      await ts.gql(
        RecordValue,
        { input: { programId: program.id, objectiveKey: 'k', value: 10 } },
        w.coordinator.token,
      ),
    );
    fails(
      await ts.gql(SetObjective, { input: { programId: program.id, ...objective } }, w.coordinator.token),
      'CONFLICT',
    );
    await forceStatus(program.id, ProgramStatus.CANCELLED);
    fails(
      await ts.gql(
        RecordValue,
        { input: { programId: program.id, objectiveKey: 'k', value: 11 } },
        w.coordinator.token,
      ),
      'CONFLICT',
    );
  });
});

// ---------------------------------------------------------------------------
// Program updates
// ---------------------------------------------------------------------------

describe('postProgramUpdate', () => {
  it('posts updates on behalf of a leading organization, newest first, with pages', async () => {
    const w = await makeWorld();
    const program = await createProgram(w);
    const coordinatorPerson = w.coordinator.person;
    const bodies = ['Đã ký kết quy chế', 'Tổ chức hội nghị sơ kết', 'Chậm tiến độ ở hai xã'];
    for (const [i, body] of bodies.entries()) {
      const posted = ok(
        await ts.gql(
          PostUpdate,
          {
            input: {
              programId: program.id,
              organizationId: gid.org(w.owner),
              health: i === 2 ? 'AT_RISK' : 'ON_TRACK',
              body: `  ${body.normalize('NFD')}  `,
            },
          },
          w.coordinator.token,
        ),
      ).postProgramUpdate.update;
      expect(posted).toMatchObject({
        body,
        organization: { id: gid.org(w.owner) },
        author: { id: gid.person(coordinatorPerson), fullName: coordinatorPerson.fullName },
      });
    }
    const page1 = await detail(program.id, { updates: 2 });
    expect(page1.latestUpdate?.body).toBe(bodies[2]);
    expect(page1.updates.totalCount).toBe(3);
    expect(page1.updates.pageInfo.hasNextPage).toBe(true);
    for (const edge of page1.updates.edges)
      expect(new Date(edge.node.createdAt).getTime()).toBeGreaterThan(0);
    expect(page1.updates.edges.map((e) => [e.node.body, e.node.health])).toEqual([
      [bodies[2], 'AT_RISK'],
      [bodies[1], 'ON_TRACK'],
    ]);
    const page2 = await detail(program.id, { updates: 2, after: page1.updates.pageInfo.endCursor! });
    expect(page2.updates.edges.map((e) => e.node.body)).toEqual([bodies[0]]);
    expect(page2.updates.pageInfo.hasNextPage).toBe(false);
    expect(
      ok(await ts.gql(Node, { id: page1.updates.edges[0].node.id }, w.frontViewer.token)).node,
    ).toMatchObject({
      body: bodies[2],
    });
  });

  it('refuses organizations that do not run the program and viewers without COORDINATOR there', async () => {
    const w = await makeWorld();
    const program = await createProgram(w);
    // The Ban Dân vận coordinator also holds COORDINATOR on the Front, a PARTNER: not a leading organization.
    await grant(w.coordinator, w.front, Role.COORDINATOR);
    const post = (organizationId: string, token = w.coordinator.token, body = 'Báo cáo') =>
      ts.gql(
        PostUpdate,
        { input: { programId: program.id, organizationId, health: 'ON_TRACK', body } },
        token,
      );
    fails(await post(gid.org(w.front)), 'CONFLICT', 'organizationId');
    fails(await post(gid.org(w.government)), 'FORBIDDEN');
    fails(await post(gid.org({ id: MISSING })), 'NOT_FOUND');
    fails(await post(gid.org(w.owner), w.coordinator.token, '   '), 'BAD_USER_INPUT', 'body');
    fails(await post(gid.org(w.owner), w.frontCoordinator.token), 'FORBIDDEN');
    fails(await post(gid.org(w.owner), w.outsiderCoordinator.token), 'NOT_FOUND');
    expect((await storedCounts(dbId(program.id))).updates).toBe(0);
  });
});

// ---------------------------------------------------------------------------
// Visibility and lists
// ---------------------------------------------------------------------------

describe('visibility', () => {
  it('hides a program from organizations not taking part, and shows it to those above a participant', async () => {
    const w = await makeWorld();
    const program = await createProgram(w);
    const listed = async (token: string) =>
      ok(await ts.gql(Programs, { filter: { search: program.code } }, token)).programs.edges.map(
        (e) => e.node.id,
      );

    // Not taking part: absent from the list, NOT_FOUND by id and by node(id), and for every mutation.
    expect(await listed(w.outsiderCoordinator.token)).toEqual([]);
    fails(await ts.gql(ProgramDetail, { id: program.id }, w.outsiderCoordinator.token), 'NOT_FOUND');
    fails(await ts.gql(Node, { id: program.id }, w.outsiderCoordinator.token), 'NOT_FOUND');
    const participantId = toGlobalId(
      'ProgramParticipant',
      (
        await ts.orm.em
          .fork()
          .findOneOrFail(ProgramParticipant, { program: dbId(program.id), role: ParticipantRole.LEAD })
      ).id,
    );
    fails(await ts.gql(Node, { id: participantId }, w.outsiderCoordinator.token), 'NOT_FOUND');
    const nobody = await makeUser(ts.orm);
    expect(await listed(nobody.token)).toEqual([]);
    fails(await ts.gql(ProgramDetail, { id: program.id }, nobody.token), 'NOT_FOUND');

    // The Front takes part; the organization above it sees the program too (a role reaches down).
    for (const user of [w.frontViewer, w.frontAboveViewer, w.ownerViewer, admin]) {
      expect(await listed(user.token)).toEqual([program.id]);
      expect(ok(await ts.gql(Node, { id: program.id }, user.token)).node).toMatchObject({
        code: program.code,
      });
      expect(ok(await ts.gql(Node, { id: participantId }, user.token)).node).toMatchObject({ role: 'LEAD' });
    }
    // The provincial committee above the owner sees it (its Ban Dân vận leads it).
    const committeeViewer = await userWith(Role.VIEWER, w.committee);
    expect(await listed(committeeViewer.token)).toEqual([program.id]);

    // Reading is not running: viewers and partners see what they may not do.
    const can = async (user: TestUser) =>
      ok(await ts.gql(ProgramDetail, { id: program.id }, user.token)).program.viewerCan;
    expect(await can(w.frontAboveViewer)).toEqual({
      update: false,
      changeStatus: false,
      manageParticipants: false,
      postUpdate: false,
      createTask: false,
    });
    expect((await can(w.frontCoordinator)).update).toBe(false);
    expect((await can(w.coordinator)).update).toBe(true);
    fails(
      await ts.gql(
        ChangeStatus,
        { input: { programId: program.id, expectedVersion: 1, status: 'ACTIVE' } },
        w.frontAboveViewer.token,
      ),
      'FORBIDDEN',
    );
    fails(
      await ts.gql(
        ChangeStatus,
        { input: { programId: program.id, expectedVersion: 1, status: 'ACTIVE' } },
        w.outsiderCoordinator.token,
      ),
      'NOT_FOUND',
    );
    // An outsider's stale version does not reveal the program either.
    fails(
      await ts.gql(
        UpdateDetails,
        { input: { programId: program.id, expectedVersion: 99, title: 'X' } },
        w.outsiderCoordinator.token,
      ),
      'NOT_FOUND',
    );
  });

  it('shows only the sub-programs and parent the viewer may read', async () => {
    const w = await makeWorld();
    const parent = await createProgram(w, { participants: [] });
    const withFront = await createProgram(w, { parentId: parent.id, code: unique('A-') });
    const withoutFront = await createProgram(w, {
      parentId: parent.id,
      participants: [],
      code: unique('B-'),
    });
    expect((await detail(parent.id)).children.map((c) => c.id)).toEqual([withFront.id, withoutFront.id]);
    const asFront = ok(await ts.gql(ProgramDetail, { id: withFront.id }, w.frontViewer.token)).program;
    // The Front does not take part in the parent: it is hidden, as missing.
    expect(asFront.parent).toBeNull();
    fails(await ts.gql(ProgramDetail, { id: parent.id }, w.frontViewer.token), 'NOT_FOUND');
    expect(
      ok(await ts.gql(ProgramDetail, { id: withFront.id }, w.coordinator.token)).program.parent?.id,
    ).toBe(parent.id);
    // A parent the Front takes part in lists only the children it may read.
    const shared = await createProgram(w);
    const sharedChild = await createProgram(w, { parentId: shared.id, code: unique('C-') });
    await createProgram(w, { parentId: shared.id, participants: [], code: unique('D-') });
    expect((await detail(shared.id)).children).toHaveLength(2);
    const sharedAsFront = ok(await ts.gql(ProgramDetail, { id: shared.id }, w.frontViewer.token)).program;
    expect(sharedAsFront.children.map((c) => c.id)).toEqual([sharedChild.id]);
  });

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

// ---------------------------------------------------------------------------
// Mergers
// ---------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------
// N+1 guard
// ---------------------------------------------------------------------------

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
