import { describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import { useTestServer } from './helpers/server.js';
import { DEMO_PROGRAM } from '../server/demo/programs.js';
import { verifyPassword } from '../server/core/auth/passwords.js';
import { toGlobalId } from '../server/core/ids.js';
import {
  DEMO_ACCOUNTS,
  DEMO_ORG,
  DEMO_ORGANIZATIONS,
  DEMO_PASSWORD,
  DEMO_PERSON,
  DEMO_FRIENDLY_GOVERNMENT_MODEL,
  DEMO_RECORD_FIGURES,
  hasAnyData,
  loadDemoData,
  type DemoSummary,
} from '../server/demo/load-demo-data.js';
import { Organization } from '../server/modules/organizations/organization.entity.js';
import { organizationSearchKey } from '../server/modules/organizations/organization.repository.js';
import { User } from '../server/modules/users/user.entity.js';

const DemoSignIn = graphql(`
  mutation DemoSignIn($input: SignInInput!) {
    signIn(input: $input) { accessToken }
  }
`);

const DemoViewer = graphql(`
  query DemoViewer {
    viewer { email isSystemAdmin person { fullName } }
  }
`);

const DemoSearchOrganizations = graphql(`
  query DemoSearchOrganizations($filter: OrganizationFilter, $first: Int) {
    organizations(filter: $filter, first: $first) {
      totalCount
      edges { node { id code name } }
    }
  }
`);

const DemoOrganization = graphql(`
  query DemoOrganization($id: ID!, $on: LocalDate) {
    organization(id: $id) {
      id code name status endedOn
      successor { id code status }
      head { fullName positions(current: true) { title isHead organization { code } } }
      headOn: head(on: $on) { fullName }
    }
  }
`);

const ADMIN_EMAIL = 'admin@demo.phoihop.vn';
const MASS_MOBILIZATION_EMAIL = 'bandanvan.langson@demo.phoihop.vn';

const ts = useTestServer({
  setUp: async () => {
    hadDataBefore = await hasAnyData(ts.orm.em.fork());
    summary = await loadDemoData(ts.orm.em.fork());
    const admin = await signIn(ADMIN_EMAIL);
    expect(admin.errors).toBeUndefined();
    adminToken = admin.data!.signIn.accessToken;
  },
});
let hadDataBefore: boolean;
let summary: DemoSummary;
let adminToken: string;

/** The global ID of the demo organization with `code`. */
async function orgId(code: string): Promise<string> {
  const org = await ts.orm.em.fork().findOneOrFail(Organization, { code });
  return toGlobalId('Organization', org.id);
}

async function signIn(email: string, password = DEMO_PASSWORD) {
  return ts.gql(DemoSignIn, { input: { email, password } });
}

describe('loading the demo data', () => {
  it('loads into an empty database, after which hasAnyData is true', async () => {
    expect(hadDataBefore).toBe(false);
    expect(await hasAnyData(ts.orm.em.fork())).toBe(true);
    expect(summary).toMatchObject({
      organizations: DEMO_ORGANIZATIONS.length,
      users: DEMO_ACCOUNTS.length,
    });
    expect(summary.areas).toBeGreaterThan(3321);
    expect(summary.positions).toBeGreaterThan(summary.people);
  });

  it('creates every demo account, enabled, with the right admin flag and the demo password', async () => {
    const users = await ts.orm.em.fork().find(User, {}, { populate: ['person'] });
    const byEmail = new Map(users.map((u) => [u.email, u]));
    expect(users).toHaveLength(DEMO_ACCOUNTS.length);
    // Every account shares one argon2 hash (hashed once); checking each distinct hash covers them all.
    const hashes = new Set(users.map((u) => u.passwordHash));
    expect(hashes.size).toBe(1);
    for (const hash of hashes) {
      expect(hash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(hash, DEMO_PASSWORD)).toBe(true);
    }
    for (const spec of DEMO_ACCOUNTS) {
      const user = byEmail.get(spec.email);
      expect(user, spec.email).toBeDefined();
      expect(user!.disabled).toBe(false);
      expect(user!.isSystemAdmin).toBe(spec.isSystemAdmin);
      expect(user!.person.getEntity().fullName).toBe(spec.personFullName);
    }
  });
});

describe('demo accounts', () => {
  it('sign in over HTTP with the demo password', async () => {
    const admin = await ts.gql(DemoViewer, {}, adminToken);
    expect(admin.data!.viewer).toEqual({
      email: ADMIN_EMAIL,
      isSystemAdmin: true,
      person: { fullName: DEMO_PERSON.systemAdministrator },
    });

    // argon2 is slow on purpose: a sample of accounts, from the province down to the communes.
    const sample = [
      MASS_MOBILIZATION_EMAIL,
      'tinhuy.langson@demo.phoihop.vn',
      'danguy.xahuulung@demo.phoihop.vn',
      'thanhtra.xavanquan@demo.phoihop.vn',
    ];
    for (const email of sample) {
      const spec = DEMO_ACCOUNTS.find((a) => a.email === email)!;
      expect(spec, email).toBeDefined();
      const result = await signIn(email.toUpperCase());
      expect(result.errors, email).toBeUndefined();
      const me = await ts.gql(DemoViewer, {}, result.data!.signIn.accessToken);
      expect(me.data!.viewer).toEqual({
        email,
        isSystemAdmin: false,
        person: { fullName: spec.personFullName },
      });
    }
    expect(
      (await ts.gql(DemoViewer, {}, (await signIn(MASS_MOBILIZATION_EMAIL)).data!.signIn.accessToken)).data!
        .viewer.person.fullName,
    ).toBe(DEMO_PERSON.massMobilizationHead);
  });

  it('refuses a wrong password', async () => {
    const result = await signIn(MASS_MOBILIZATION_EMAIL, 'not-the-demo-password');
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the Lạng Sơn directory', () => {
  it('finds Lạng Sơn organizations by a search without diacritics', async () => {
    const result = await ts.gql(
      DemoSearchOrganizations,
      { filter: { search: 'lang son' }, first: 100 },
      adminToken,
    );
    expect(result.errors).toBeUndefined();
    const found = result.data!.organizations;
    const expected = DEMO_ORGANIZATIONS.filter((o) =>
      organizationSearchKey(o.name, o.shortName).includes('lang son'),
    ).map((o) => o.code);
    expect(expected.length).toBeGreaterThanOrEqual(5);
    expect(found.totalCount).toBe(expected.length);
    expect(found.edges.map((e) => e.node.code).toSorted()).toEqual(expected.toSorted());
    const codes = found.edges.map((e) => e.node.code);
    expect(codes).toContain(DEMO_ORG.provincialCommittee);
    expect(codes).toContain(DEMO_ORG.massMobilization);
    for (const edge of found.edges) expect(edge.node.name).toMatch(/Lạng Sơn/);
  });

  it('finds the agency people mean by the words and abbreviations they type', async () => {
    const first = async (search: string) => {
      const result = await ts.gql(DemoSearchOrganizations, { filter: { search }, first: 5 }, adminToken);
      expect(result.errors).toBeUndefined();
      return result.data!.organizations.edges[0]?.node.code;
    };
    expect(await first('mat tran lang son')).toBe(DEMO_ORG.fatherlandFront);
    expect(await first('mttq lang son')).toBe(DEMO_ORG.fatherlandFront);
    expect(await first('hoi nong dan lang son')).toBe(DEMO_ORG.farmersAssociation);
    expect(await first('ban dan van lang son')).toBe(DEMO_ORG.massMobilization);
    expect(await first('ubnd huu lung')).toBe(DEMO_ORG.huuLungPeoplesCommittee);
  });

  it('has the head of the Ban Dân vận holding three or more current positions', async () => {
    const result = await ts.gql(DemoOrganization, { id: await orgId(DEMO_ORG.massMobilization) }, adminToken);
    expect(result.errors).toBeUndefined();
    const head = result.data!.organization.head!;
    expect(head.fullName).toBe(DEMO_PERSON.massMobilizationHead);
    expect(head.positions.length).toBeGreaterThanOrEqual(3);
    expect(head.positions.map((p) => p.organization.code)).toEqual(
      expect.arrayContaining([
        DEMO_ORG.massMobilization,
        DEMO_ORG.fatherlandFront,
        DEMO_ORG.standingCommittee,
      ]),
    );
    expect(head.positions.find((p) => p.organization.code === DEMO_ORG.massMobilization)?.isHead).toBe(true);
  });

  it('keeps the previous head of the Ban Dân vận on a past date', async () => {
    const id = await orgId(DEMO_ORG.massMobilization);
    const result = await ts.gql(DemoOrganization, { id, on: '2020-06-01' }, adminToken);
    expect(result.errors).toBeUndefined();
    expect(result.data!.organization.headOn?.fullName).toBe(DEMO_PERSON.previousMassMobilizationHead);
    const afterHandover = await ts.gql(DemoOrganization, { id, on: '2021-01-01' }, adminToken);
    expect(afterHandover.data!.organization.headOn?.fullName).toBe(DEMO_PERSON.massMobilizationHead);
  });

  it('keeps the merged Huyện ủy Hữu Lũng readable, pointing to its successor', async () => {
    const id = await orgId(DEMO_ORG.oldHuuLungDistrictCommittee);
    const result = await ts.gql(DemoOrganization, { id }, adminToken);
    expect(result.errors).toBeUndefined();
    expect(result.data!.organization).toMatchObject({
      id,
      code: DEMO_ORG.oldHuuLungDistrictCommittee,
      name: 'Huyện ủy Hữu Lũng',
      status: 'MERGED',
      endedOn: '2025-06-30',
      successor: {
        id: await orgId(DEMO_ORG.huuLungPartyCommittee),
        code: DEMO_ORG.huuLungPartyCommittee,
        status: 'ACTIVE',
      },
      head: null,
    });
  });
});

describe('demo coordination programs and tasks', () => {
  it('has the seeds programs, the suspended scheme, and tasks overdue, done late and on time, with reports', async () => {
    const bandanvan = (await signIn(MASS_MOBILIZATION_EMAIL)).data!.signIn.accessToken;
    const programs = await ts.gql<{ programs: { edges: { node: { code: string; status: string } }[] } }>(
      '{ programs(first: 20) { edges { node { code status } } } }',
      {},
      bandanvan,
    );
    const byCode = new Map(programs.data!.programs.edges.map((e) => [e.node.code, e.node.status]));
    expect(byCode.get(DEMO_PROGRAM.actionProgram)).toBe('ACTIVE');
    expect(byCode.get(DEMO_PROGRAM.suspendedScheme)).toBe('SUSPENDED');
    const buckets = await ts.gql<{ [k: string]: { totalCount: number } }>(
      `{ overdue: tasks(filter: { deadlineBucket: [OVERDUE] }) { totalCount }
         late: tasks(filter: { deadlineBucket: [DONE_LATE] }) { totalCount }
         onTime: tasks(filter: { deadlineBucket: [DONE_ON_TIME] }) { totalCount }
         reported: tasks(first: 50) { totalCount } }`,
      {},
      adminToken,
    );
    expect(buckets.errors).toBeUndefined();
    expect(buckets.data!.overdue.totalCount).toBeGreaterThan(0);
    expect(buckets.data!.late.totalCount).toBeGreaterThan(0);
    expect(buckets.data!.onTime.totalCount).toBeGreaterThan(0);
  });
});

describe('demo petitions', () => {
  it("has Hữu Lũng's petitions: resolved, in progress, transferred to it, and a repeat counted once", async () => {
    const query = `query($id: ID!) {
      all: organization(id: $id) { petitions(first: 50) { totalCount edges { node { status isRepeat petitioner { fullName } } } } }
      once: organization(id: $id) { petitions(filter: { excludeRepeats: true }) { totalCount } } }`;
    const result = await ts.gql<{
      all: { petitions: { totalCount: number; edges: { node: { status: string; isRepeat: boolean } }[] } };
      once: { petitions: { totalCount: number } };
    }>(query, { id: await orgId(DEMO_ORG.huuLungPeoplesCommittee) }, adminToken);
    expect(result.errors).toBeUndefined();
    const statuses = result.data!.all.petitions.edges.map((e) => e.node.status);
    expect(statuses).toEqual(expect.arrayContaining(['RESOLVED', 'IN_PROGRESS', 'TRANSFERRED', 'RECEIVED']));
    expect(result.data!.once.petitions.totalCount).toBe(result.data!.all.petitions.totalCount - 1);
    expect(summary.petitions).toBeGreaterThan(10);
  });
});

describe('demo records of mass-mobilization work', () => {
  it("reproduces the seeds' figures from records: 1,635 models = 524 maintained + 1,111 new, 78 critiques with 478 opinions", async () => {
    const { year, modelsMaintained, modelsNew, critiques, opinions } = DEMO_RECORD_FIGURES;
    const bandanvan = (await signIn(MASS_MOBILIZATION_EMAIL)).data!.signIn.accessToken;
    const counts = await ts.gql<{ [k: string]: { totalCount: number } }>(
      `query($year: Int!, $bdv: ID!) {
         all: models(filter: { year: $year, ownerOrganizationId: $bdv }, first: 1) { totalCount }
         maintained: models(filter: { year: $year, status: [MAINTAINED], ownerOrganizationId: $bdv }, first: 1) { totalCount }
         fresh: models(filter: { year: $year, status: [NEW], ownerOrganizationId: $bdv }, first: 1) { totalCount }
       }`,
      { year, bdv: await orgId(DEMO_ORG.massMobilization) },
      bandanvan,
    );
    expect(counts.errors).toBeUndefined();
    expect(counts.data).toEqual({
      all: { totalCount: modelsMaintained + modelsNew },
      maintained: { totalCount: modelsMaintained },
      fresh: { totalCount: modelsNew },
    });
    const tally = await ts.gql<{ socialCritiqueTally: { critiques: number; opinions: number } }>(
      '{ socialCritiqueTally { critiques opinions } }',
      {},
      adminToken,
    );
    expect(tally.data!.socialCritiqueTally).toEqual({ critiques, opinions });
    expect(summary).toMatchObject({ models: modelsMaintained + modelsNew + 1, critiques });
    const friendly = await ts.gql<{
      models: { edges: { node: { adoptionCount: number; adoptions: { totalCount: number } } }[] };
    }>(
      'query($s: String) { models(first: 1, filter: { search: $s }) { edges { node { adoptionCount adoptions(adoptedBy: "2024-12-31") { totalCount } } } } }',
      { s: DEMO_FRIENDLY_GOVERNMENT_MODEL },
      adminToken,
    );
    expect(friendly.data!.models.edges[0].node).toEqual({
      adoptionCount: DEMO_RECORD_FIGURES.friendlyGovernmentAdopters,
      adoptions: { totalCount: DEMO_RECORD_FIGURES.friendlyGovernmentAdopters },
    });
    // "166 of 200 communes (83%)": the communes existing then, not today's (begun 2025-07-01).
    const [langSon] = await ts.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>("select id from administrative_area where code = '20'");
    const share = await ts.gql<{
      models: { edges: { node: { adoption: { adopted: number; total: number; ratio: number } } }[] };
    }>(
      `query($s: String, $areaId: ID!) { models(first: 1, filter: { search: $s }) { edges { node {
         adoption(areaId: $areaId, on: "2024-12-31") { adopted total ratio } } } } }`,
      { s: DEMO_FRIENDLY_GOVERNMENT_MODEL, areaId: toGlobalId('AdministrativeArea', langSon.id) },
      adminToken,
    );
    expect(share.data!.models.edges[0].node.adoption).toEqual({
      adopted: DEMO_RECORD_FIGURES.friendlyGovernmentAdopters,
      total: DEMO_RECORD_FIGURES.communesBefore2025,
      ratio: 0.83,
    });
    const communes = await ts.gql<{ organizations: { totalCount: number } }>(
      '{ organizations(first: 1, filter: { search: "truoc sap xep 2025" }) { totalCount } }',
      {},
      adminToken,
    );
    expect(communes.data!.organizations.totalCount).toBe(DEMO_RECORD_FIGURES.communesBefore2025);
  });
});
