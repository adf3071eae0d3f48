import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import { gid, makeArea, makeOrganization, makeUser, unique, type TestUser } from './helpers/factories.js';
import { startTestServer, type GqlResult, type TestServer } from './helpers/server.js';
import { parseGlobalId, toGlobalId } from '../server/core/ids.js';
import { foldForSearch } from '../server/core/text.js';
import { AdministrativeArea, AreaLevel } from '../server/modules/areas/area.entity.js';
import {
  Organization,
  OrganizationKind,
  OrganizationStatus,
} from '../server/modules/organizations/organization.entity.js';
import { Person } from '../server/modules/people/person.entity.js';
import { Position } from '../server/modules/people/position.entity.js';

// ---------------------------------------------------------------------------
// Operations
// ---------------------------------------------------------------------------

const CreatePerson = graphql(`
  mutation PeopleCreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) { person { id fullName email phone } }
  }
`);

const AppointPosition = graphql(`
  mutation PeopleAppointPosition($input: AppointPositionInput!) {
    appointPosition(input: $input) {
      position { id title isHead startsOn endsOn isCurrent person { id } organization { id } }
    }
  }
`);

const EndPosition = graphql(`
  mutation PeopleEndPosition($input: EndPositionInput!) {
    endPosition(input: $input) { position { id startsOn endsOn isCurrent } }
  }
`);

const AssignResponsibility = graphql(`
  mutation PeopleAssignResponsibility($input: AssignResponsibilityInput!) {
    assignResponsibility(input: $input) {
      responsibility {
        id field note startsOn endsOn isCurrent
        person { id }
        organization { id }
        area { id }
      }
    }
  }
`);

const EndResponsibility = graphql(`
  mutation PeopleEndResponsibility($input: EndResponsibilityInput!) {
    endResponsibility(input: $input) { responsibility { id endsOn isCurrent } }
  }
`);

const PersonDetail = graphql(`
  query PeoplePersonDetail($id: ID!, $current: Boolean) {
    person(id: $id) {
      id fullName
      positions(current: $current) {
        id title isHead startsOn endsOn
        organization { id }
        continues { id }
      }
      responsibilities { id field endsOn organization { id } area { id } }
    }
  }
`);

const OrganizationPeople = graphql(`
  query PeopleOrganizationPeople($id: ID!, $current: Boolean) {
    organization(id: $id) {
      id status
      positions(current: $current) {
        id title isHead startsOn endsOn
        person { id fullName }
        continues { id organization { id } }
      }
      responsibilities { id field endsOn person { id } }
    }
  }
`);

const HeadsOn = graphql(`
  query PeopleHeadsOn($id: ID!, $d1: LocalDate!, $d2: LocalDate!, $d3: LocalDate!) {
    organization(id: $id) {
      first: head(on: $d1) { id fullName }
      second: head(on: $d2) { id fullName }
      third: head(on: $d3) { id fullName }
    }
  }
`);

const HeadOn = graphql(`
  query PeopleHeadOn($id: ID!, $on: LocalDate) {
    organization(id: $id) { id head(on: $on) { id fullName } }
  }
`);

const People = graphql(`
  query PeopleSearch($filter: PeopleFilter, $first: Int, $after: String) {
    people(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id fullName } }
    }
  }
`);

const MergeOrganizations = graphql(`
  mutation PeopleMergeOrganizations($input: MergeOrganizationsInput!) {
    mergeOrganizations(input: $input) { successor { id } merged { id status endedOn } }
  }
`);

const DissolveOrganization = graphql(`
  mutation PeopleDissolveOrganization($input: DissolveOrganizationInput!) {
    dissolveOrganization(input: $input) { organization { id status endedOn } }
  }
`);

const Directory = graphql(`
  query PeopleDirectory($areaId: ID!) {
    organizations(first: 50, filter: { areaId: $areaId }) {
      totalCount
      edges {
        node {
          id name
          area { name parent { name } }
          parent { name }
          positions { title isHead person { fullName } }
        }
      }
    }
  }
`);

const DirectoryHeads = graphql(`
  query PeopleDirectoryHeads($areaId: ID!) {
    organizations(first: 50, filter: { areaId: $areaId }) {
      edges {
        node {
          id
          head { fullName }
          formerHead: head(on: "2015-01-01") { fullName }
        }
      }
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

/** `extensions.code` of the first error, if any. */
const codeOf = (result: GqlResult<unknown>) => result.errors?.[0]?.extensions?.code;

/** Asserts the request succeeded and returns its data. */
function ok<T>(result: GqlResult<T>): T {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  expect(result.data).toBeTruthy();
  return result.data as T;
}

/** Database id of a global ID. */
const dbId = (globalId: string): string => parseGlobalId(globalId)!.id;

const positionGid = (p: { id: string }) => toGlobalId('Position', p.id);

/** Creates a person over the API. */
async function createPerson(fullName: string) {
  const data = ok(await ts.gql(CreatePerson, { input: { fullName } }, admin.token));
  return data.createPerson.person;
}

/** Appoints over the API; `isHead` defaults to false, `endsOn` to open. */
async function appoint(input: {
  personId: string;
  organizationId: string;
  title?: string;
  isHead?: boolean;
  startsOn: string;
  endsOn?: string | null;
}) {
  const result = await ts.gql(AppointPosition, { input: { title: 'Ủy viên', ...input } }, admin.token);
  return ok(result).appointPosition.position;
}

/** Creates a person directly in the database. */
function makePerson(em: EntityManager, fullName = `Cán bộ ${unique()}`): Person {
  return em.create(Person, { fullName, searchKey: foldForSearch(fullName) });
}

/** Creates a position directly in the database (flush is up to the caller). */
function makePosition(
  em: EntityManager,
  options: { person: Person; organization: Organization; title: string; isHead?: boolean; startsOn: string },
): Position {
  return em.create(Position, {
    person: options.person,
    organization: options.organization,
    title: options.title,
    isHead: options.isHead ?? false,
    startsOn: options.startsOn,
    endsOn: null,
  });
}

/** Organizations in a district under a provincial parent, each with a head and a member. */
async function seedOrganizations(
  em: EntityManager,
  district: AdministrativeArea,
  parent: Organization,
  count: number,
) {
  for (let i = 0; i < count; i++) {
    const org = await makeOrganization(em, { area: district, parent, name: `Cơ quan ${unique()}` });
    makePosition(em, {
      person: makePerson(em),
      organization: org,
      title: 'Trưởng ban',
      isHead: true,
      startsOn: '2021-01-01',
    });
    makePosition(em, {
      person: makePerson(em),
      organization: org,
      title: 'Phó Trưởng ban',
      startsOn: '2022-01-01',
    });
  }
  await em.flush();
}

/** Positions of an organization straight from the database, by start date then title. */
async function positionsInDb(organizationId: string): Promise<Position[]> {
  return ts.orm.em
    .fork()
    .find(Position, { organization: organizationId }, { orderBy: { startsOn: 'asc', title: 'asc' } });
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

describe('createPerson', () => {
  it('stores a Vietnamese name written in NFD as NFC, and finds it by the NFC spelling', async () => {
    const nfc = `Nguyễn Thị Hương ${unique()}`;
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    const result = await ts.gql(
      CreatePerson,
      { input: { fullName: `  ${nfd}  `, email: ' huong@danvan.langson.gov.vn ', phone: '0205 3812 345' } },
      admin.token,
    );
    const person = ok(result).createPerson.person;
    expect(person.fullName).toBe(nfc);
    expect(person.email).toBe('huong@danvan.langson.gov.vn');
    expect(person.phone).toBe('0205 3812 345');
    const stored = await ts.orm.em.fork().findOneOrFail(Person, dbId(person.id));
    expect(stored.fullName).toBe(nfc);
    const reread = ok(await ts.gql(PersonDetail, { id: person.id }, admin.token));
    expect(reread.person.fullName).toBe(nfc);
  });

  it('refuses an empty name, a 301-character name and a malformed email, and creates nobody', async () => {
    const marker = unique('x');
    const cases = [
      { input: { fullName: '' }, field: 'fullName' },
      { input: { fullName: '   ' }, field: 'fullName' },
      { input: { fullName: `${marker}${'ư'.repeat(301 - marker.length)}` }, field: 'fullName' },
      { input: { fullName: `Trần Văn ${marker}`, email: 'not-an-email' }, field: 'email' },
      { input: { fullName: `Trần Văn ${marker}`, email: 'a@b' }, field: 'email' },
    ];
    for (const c of cases) {
      const result = await ts.gql(CreatePerson, { input: c.input }, admin.token);
      expect(result.status).toBeLessThan(500);
      expect(codeOf(result), JSON.stringify(c.input).slice(0, 60)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.field).toBe(c.field);
      expect(result.data ?? null).toBeNull();
    }
    // 300 characters is still fine: the limit is exact.
    const longest = ok(
      await ts.gql(
        CreatePerson,
        { input: { fullName: `${marker}${'ư'.repeat(300 - marker.length)}` } },
        admin.token,
      ),
    );
    expect(longest.createPerson.person.fullName).toHaveLength(300);
    const stored = await ts.orm.em.fork().count(Person, { searchKey: { $like: `%${marker}%` } });
    expect(stored).toBe(1);
  });
});

describe('positions (kiêm nhiệm)', () => {
  it('lets one person hold positions in three organizations at once, and filters the current ones', async () => {
    const em = ts.orm.em.fork();
    const area = await makeArea(em, { name: `Tỉnh Lạng Sơn ${unique()}` });
    const standing = await makeOrganization(em, {
      area,
      name: 'Ban Thường vụ Tỉnh ủy',
      kind: OrganizationKind.PARTY_STANDING_COMMITTEE,
    });
    const commission = await makeOrganization(em, { area, name: 'Ban Dân vận Tỉnh ủy' });
    const front = await makeOrganization(em, {
      area,
      name: 'Ủy ban MTTQ tỉnh',
      kind: OrganizationKind.FATHERLAND_FRONT,
    });
    const person = await createPerson(`Hoàng Văn Nghiệm ${unique()}`);
    const member = await appoint({
      personId: person.id,
      organizationId: gid.org(standing),
      title: 'Ủy viên Ban Thường vụ',
      startsOn: '2020-10-01',
    });
    const head = await appoint({
      personId: person.id,
      organizationId: gid.org(commission),
      title: 'Trưởng ban',
      isHead: true,
      startsOn: '2021-01-15',
    });
    const chair = await appoint({
      personId: person.id,
      organizationId: gid.org(front),
      title: 'Chủ tịch',
      startsOn: '2022-03-01',
    });
    expect(head).toMatchObject({ isHead: true, isCurrent: true, endsOn: null, person: { id: person.id } });
    expect(member.isHead).toBe(false);

    const all = ok(await ts.gql(PersonDetail, { id: person.id }, admin.token)).person.positions;
    // Most recent start first.
    expect(all.map((p) => [p.id, p.title, p.organization.id])).toEqual([
      [chair.id, 'Chủ tịch', gid.org(front)],
      [head.id, 'Trưởng ban', gid.org(commission)],
      [member.id, 'Ủy viên Ban Thường vụ', gid.org(standing)],
    ]);
    expect(all.filter((p) => p.isHead).map((p) => p.id)).toEqual([head.id]);

    const ended = ok(
      await ts.gql(EndPosition, { input: { positionId: member.id, endsOn: '2023-12-31' } }, admin.token),
    );
    expect(ended.endPosition.position).toMatchObject({ endsOn: '2023-12-31', isCurrent: false });

    const current = ok(await ts.gql(PersonDetail, { id: person.id, current: true }, admin.token));
    expect(current.person.positions.map((p) => p.id)).toEqual([chair.id, head.id]);
    const past = ok(await ts.gql(PersonDetail, { id: person.id, current: false }, admin.token));
    expect(past.person.positions.map((p) => p.id)).toEqual([member.id]);

    // The organization side agrees: the commission is headed by that person today.
    const commissionHead = ok(await ts.gql(HeadOn, { id: gid.org(commission) }, admin.token));
    expect(commissionHead.organization.head?.id).toBe(person.id);
    const standingNow = ok(
      await ts.gql(OrganizationPeople, { id: gid.org(standing), current: true }, admin.token),
    );
    expect(standingNow.organization.positions).toEqual([]);
  });
});

describe('Organization.head(on:)', () => {
  it('answers who headed the organization on a given date', async () => {
    const em = ts.orm.em.fork();
    const area = await makeArea(em);
    const org = await makeOrganization(em, { area, kind: OrganizationKind.PARTY_COMMITTEE });
    const a = await createPerson(`Lý Văn An ${unique()}`);
    const b = await createPerson(`Đinh Thị Bình ${unique()}`);
    const member = await createPerson(`Vi Văn Cường ${unique()}`);
    await appoint({
      personId: a.id,
      organizationId: gid.org(org),
      title: 'Bí thư',
      isHead: true,
      startsOn: '2016-01-01',
      endsOn: '2020-12-31',
    });
    await appoint({
      personId: b.id,
      organizationId: gid.org(org),
      title: 'Bí thư',
      isHead: true,
      startsOn: '2021-01-01',
    });
    // A non-head member running over the whole period must never be answered.
    await appoint({
      personId: member.id,
      organizationId: gid.org(org),
      title: 'Phó Bí thư',
      startsOn: '2010-01-01',
    });

    const headOn = async (on: string) =>
      ok(await ts.gql(HeadOn, { id: gid.org(org), on }, admin.token)).organization.head?.id ?? null;
    expect(await headOn('2019-06-01')).toBe(a.id);
    expect(await headOn('2022-01-01')).toBe(b.id);
    expect(await headOn('2015-01-01')).toBeNull();
    // Both ends of a term are included.
    expect(await headOn('2016-01-01')).toBe(a.id);
    expect(await headOn('2020-12-31')).toBe(a.id);
    expect(await headOn('2021-01-01')).toBe(b.id);

    // Several dates in one request are batched into one loader call and still answered each.
    const batched = ok(
      await ts.gql(
        HeadsOn,
        { id: gid.org(org), d1: '2019-06-01', d2: '2022-01-01', d3: '2015-01-01' },
        admin.token,
      ),
    ).organization;
    expect(batched.first?.id).toBe(a.id);
    expect(batched.second?.id).toBe(b.id);
    expect(batched.third).toBeNull();

    // Heads first in the organization's positions.
    const positions = ok(await ts.gql(OrganizationPeople, { id: gid.org(org) }, admin.token)).organization
      .positions;
    expect(positions.map((p) => [p.person.id, p.isHead])).toEqual([
      [a.id, true],
      [b.id, true],
      [member.id, false],
    ]);
  });
});

describe('position rules', () => {
  it('refuses an end before the start and leaves the position unchanged', async () => {
    const em = ts.orm.em.fork();
    const org = await makeOrganization(em, { area: await makeArea(em) });
    const person = await createPerson(`Lê Văn Định ${unique()}`);
    const position = await appoint({
      personId: person.id,
      organizationId: gid.org(org),
      startsOn: '2022-05-01',
    });
    const result = await ts.gql(
      EndPosition,
      { input: { positionId: position.id, endsOn: '2022-04-30' } },
      admin.token,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.field).toBe('endsOn');
    const stored = await ts.orm.em.fork().findOneOrFail(Position, dbId(position.id));
    expect(stored.startsOn).toBe('2022-05-01');
    expect(stored.endsOn).toBeNull();

    // Appointing with the same mistake is refused too, and creates nothing.
    const badAppoint = await ts.gql(
      AppointPosition,
      {
        input: {
          personId: person.id,
          organizationId: gid.org(org),
          title: 'Ủy viên',
          startsOn: '2022-05-01',
          endsOn: '2022-01-01',
        },
      },
      admin.token,
    );
    expect(codeOf(badAppoint)).toBe('BAD_USER_INPUT');
    expect(await positionsInDb(org.id)).toHaveLength(1);

    // Ending on the start day itself is allowed (a one-day term).
    const sameDay = ok(
      await ts.gql(EndPosition, { input: { positionId: position.id, endsOn: '2022-05-01' } }, admin.token),
    );
    expect(sameDay.endPosition.position.endsOn).toBe('2022-05-01');
    // Once over, it cannot be ended again.
    const again = await ts.gql(
      EndPosition,
      { input: { positionId: position.id, endsOn: '2022-06-01' } },
      admin.token,
    );
    expect(codeOf(again)).toBe('CONFLICT');
  });

  it('answers CONFLICT, NOT_FOUND and BAD_USER_INPUT for the wrong organization or person', async () => {
    const em = ts.orm.em.fork();
    const area = await makeArea(em);
    const active = await makeOrganization(em, { area });
    const dissolved = await makeOrganization(em, { area });
    dissolved.status = OrganizationStatus.DISSOLVED;
    dissolved.endedOn = '2024-01-01';
    await em.flush();
    const person = await createPerson(`Nông Thị Duyên ${unique()}`);
    const base = { title: 'Ủy viên', startsOn: '2024-06-01' };
    const missingId = '00000000-0000-4000-8000-000000000000';
    const cases = [
      { input: { ...base, personId: person.id, organizationId: gid.org(dissolved) }, code: 'CONFLICT' },
      {
        input: { ...base, personId: gid.person({ id: missingId }), organizationId: gid.org(active) },
        code: 'NOT_FOUND',
      },
      {
        input: { ...base, personId: person.id, organizationId: gid.org({ id: missingId }) },
        code: 'NOT_FOUND',
      },
      {
        input: { ...base, personId: gid.org(active), organizationId: gid.org(active) },
        code: 'BAD_USER_INPUT',
      },
      { input: { ...base, personId: person.id, organizationId: person.id }, code: 'BAD_USER_INPUT' },
      {
        input: { ...base, personId: 'not-a-global-id', organizationId: gid.org(active) },
        code: 'BAD_USER_INPUT',
      },
      {
        input: { ...base, personId: person.id, organizationId: gid.org(active), title: '  ' },
        code: 'BAD_USER_INPUT',
      },
    ];
    for (const c of cases) {
      const result = await ts.gql(AppointPosition, { input: c.input }, admin.token);
      expect(result.status).toBeLessThan(500);
      expect(codeOf(result), JSON.stringify(c.input).slice(0, 120)).toBe(c.code);
    }
    expect(await positionsInDb(dissolved.id)).toEqual([]);
    expect(await positionsInDb(active.id)).toEqual([]);
    const unknownPosition = await ts.gql(
      EndPosition,
      { input: { positionId: positionGid({ id: missingId }), endsOn: '2024-01-01' } },
      admin.token,
    );
    expect(codeOf(unknownPosition)).toBe('NOT_FOUND');
    const notAPosition = await ts.gql(
      EndPosition,
      { input: { positionId: person.id, endsOn: '2024-01-01' } },
      admin.token,
    );
    expect(codeOf(notAPosition)).toBe('BAD_USER_INPUT');
  });

  it('requires sign-in', async () => {
    const em = ts.orm.em.fork();
    const org = await makeOrganization(em, { area: await makeArea(em) });
    const person = makePerson(em);
    await em.flush();
    const result = await ts.gql(AppointPosition, {
      input: {
        personId: gid.person(person),
        organizationId: gid.org(org),
        title: 'Ủy viên',
        startsOn: '2024-01-01',
      },
    });
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(await positionsInDb(org.id)).toEqual([]);
  });
});

describe('responsibilities (phân công phụ trách)', () => {
  it('assigns mass-mobilization work for an organization and for an area, and ends it', async () => {
    const em = ts.orm.em.fork();
    const province = await makeArea(em);
    const commune = await makeArea(em, { level: AreaLevel.COMMUNE, parent: province });
    const committee = await makeOrganization(em, { area: province, kind: OrganizationKind.PARTY_COMMITTEE });
    const person = await createPerson(`Hà Văn Phụ ${unique()}`);
    const note = 'Trực tiếp phụ trách công tác dân vận'.normalize('NFD');

    const forOrg = ok(
      await ts.gql(
        AssignResponsibility,
        {
          input: {
            personId: person.id,
            field: 'MASS_MOBILIZATION',
            organizationId: gid.org(committee),
            note,
            startsOn: '2021-01-01',
          },
        },
        admin.token,
      ),
    ).assignResponsibility.responsibility;
    expect(forOrg).toMatchObject({
      field: 'MASS_MOBILIZATION',
      note: note.normalize('NFC'),
      startsOn: '2021-01-01',
      endsOn: null,
      isCurrent: true,
      person: { id: person.id },
      organization: { id: gid.org(committee) },
      area: null,
    });

    const forArea = ok(
      await ts.gql(
        AssignResponsibility,
        {
          input: {
            personId: person.id,
            field: 'MASS_MOBILIZATION',
            areaId: gid.area(commune),
            startsOn: '2022-01-01',
          },
        },
        admin.token,
      ),
    ).assignResponsibility.responsibility;
    expect(forArea).toMatchObject({ organization: null, area: { id: gid.area(commune) }, note: null });

    // Exactly one of organizationId and areaId.
    const both = await ts.gql(
      AssignResponsibility,
      {
        input: {
          personId: person.id,
          field: 'MASS_MOBILIZATION',
          organizationId: gid.org(committee),
          areaId: gid.area(commune),
          startsOn: '2022-01-01',
        },
      },
      admin.token,
    );
    expect(codeOf(both)).toBe('BAD_USER_INPUT');
    const neither = await ts.gql(
      AssignResponsibility,
      { input: { personId: person.id, field: 'MASS_MOBILIZATION', startsOn: '2022-01-01' } },
      admin.token,
    );
    expect(codeOf(neither)).toBe('BAD_USER_INPUT');
    const areaAsOrg = await ts.gql(
      AssignResponsibility,
      {
        input: {
          personId: person.id,
          field: 'MASS_MOBILIZATION',
          organizationId: gid.area(commune),
          startsOn: '2022-01-01',
        },
      },
      admin.token,
    );
    expect(codeOf(areaAsOrg)).toBe('BAD_USER_INPUT');

    const before = ok(await ts.gql(PersonDetail, { id: person.id }, admin.token)).person.responsibilities;
    // Most recent start first; the refused ones were not stored.
    expect(before.map((r) => r.id)).toEqual([forArea.id, forOrg.id]);
    const ofCommittee = ok(await ts.gql(OrganizationPeople, { id: gid.org(committee) }, admin.token));
    expect(ofCommittee.organization.responsibilities).toEqual([
      { id: forOrg.id, field: 'MASS_MOBILIZATION', endsOn: null, person: { id: person.id } },
    ]);

    const earlyEnd = await ts.gql(
      EndResponsibility,
      { input: { responsibilityId: forArea.id, endsOn: '2021-12-31' } },
      admin.token,
    );
    expect(codeOf(earlyEnd)).toBe('BAD_USER_INPUT');
    const ended = ok(
      await ts.gql(
        EndResponsibility,
        { input: { responsibilityId: forOrg.id, endsOn: '2023-06-30' } },
        admin.token,
      ),
    );
    expect(ended.endResponsibility.responsibility).toEqual({
      id: forOrg.id,
      endsOn: '2023-06-30',
      isCurrent: false,
    });
    const again = await ts.gql(
      EndResponsibility,
      { input: { responsibilityId: forOrg.id, endsOn: '2023-07-31' } },
      admin.token,
    );
    expect(codeOf(again)).toBe('CONFLICT');
    const after = ok(await ts.gql(PersonDetail, { id: person.id }, admin.token)).person.responsibilities;
    expect(after).toEqual([
      {
        id: forArea.id,
        field: 'MASS_MOBILIZATION',
        endsOn: null,
        organization: null,
        area: { id: gid.area(commune) },
      },
      {
        id: forOrg.id,
        field: 'MASS_MOBILIZATION',
        endsOn: '2023-06-30',
        organization: { id: gid.org(committee) },
        area: null,
      },
    ]);
  });
});

describe('people directory', () => {
  it('searches names without diacritics or case, filters by organization and pages', async () => {
    const em = ts.orm.em.fork();
    const area = await makeArea(em);
    const org = await makeOrganization(em, { area });
    const elsewhere = await makeOrganization(em, { area });
    const nguyenA = await createPerson('Nguyễn Văn A');
    const nguyenB = await createPerson('NGUYỄN VĂN Bảo');
    const tran = await createPerson('Trần Thị Nguyệt');
    const doDuc = await createPerson('Đỗ Đức Vân');
    const outsider = await createPerson('Nguyễn Văn Ngoài');
    for (const p of [nguyenA, nguyenB, tran]) {
      await appoint({ personId: p.id, organizationId: gid.org(org), startsOn: '2023-01-01' });
    }
    // Held a position there in the past: still "held a position in this organization".
    const former = await appoint({
      personId: doDuc.id,
      organizationId: gid.org(org),
      startsOn: '2010-01-01',
      endsOn: '2015-12-31',
    });
    expect(former.isCurrent).toBe(false);
    await appoint({ personId: outsider.id, organizationId: gid.org(elsewhere), startsOn: '2023-01-01' });

    const search = async (
      filter: { search?: string; organizationId?: string },
      first = 100,
      after?: string,
    ) => ok(await ts.gql(People, { filter, first, after }, admin.token)).people;

    // Without diacritics and in any case, across the whole directory.
    for (const text of ['nguyen van', 'NGUYEN VAN', 'Nguyễn  Văn'.normalize('NFD')]) {
      const ids = (await search({ search: text })).edges.map((e) => e.node.id);
      expect(ids, text).toContain(nguyenA.id);
      expect(ids, text).toContain(nguyenB.id);
      expect(ids, text).toContain(outsider.id);
      expect(ids, text).not.toContain(tran.id);
    }
    const everyMatch = await search({ search: 'nguyen van' });
    for (const edge of everyMatch.edges) expect(foldForSearch(edge.node.fullName)).toContain('nguyen van');
    expect((await search({ search: 'do duc' })).edges.map((e) => e.node.id)).toContain(doDuc.id);
    expect((await search({ search: 'zzz khong ai' })).totalCount).toBe(0);
    // LIKE wildcards are taken literally.
    expect((await search({ search: '%' })).totalCount).toBe(0);

    // Only people with a position (current or past) there.
    const inOrg = await search({ organizationId: gid.org(org) });
    expect(inOrg.totalCount).toBe(4);
    expect(inOrg.edges.map((e) => e.node.id).toSorted()).toEqual(
      [nguyenA.id, nguyenB.id, tran.id, doDuc.id].toSorted(),
    );
    const both = await search({ search: 'nguyen van', organizationId: gid.org(org) });
    expect(both.edges.map((e) => e.node.fullName).toSorted()).toEqual(
      ['NGUYỄN VĂN Bảo', 'Nguyễn Văn A'].toSorted(),
    );
    const badOrg = await ts.gql(People, { filter: { organizationId: nguyenA.id } }, admin.token);
    expect(codeOf(badOrg)).toBe('BAD_USER_INPUT');

    // Pages of two, in a stable order, without overlap or gap.
    const page1 = await search({ organizationId: gid.org(org) }, 2);
    expect(page1.totalCount).toBe(4);
    expect(page1.edges).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await search({ organizationId: gid.org(org) }, 2, page1.pageInfo.endCursor!);
    expect(page2.edges).toHaveLength(2);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const paged = [...page1.edges, ...page2.edges].map((e) => e.node.id);
    expect(paged).toEqual(inOrg.edges.map((e) => e.node.id));
    expect(new Set(paged).size).toBe(4);
  });
});

describe('organization lifecycle', () => {
  it('moves current positions to the successor on a merger and keeps who headed what', async () => {
    const em = ts.orm.em.fork();
    const area = await makeArea(em);
    const merged = await makeOrganization(em, {
      area,
      name: 'Huyện ủy Hữu Lũng',
      kind: OrganizationKind.PARTY_COMMITTEE,
    });
    const successor = await makeOrganization(em, {
      area,
      name: 'Đảng ủy xã Hữu Lũng',
      kind: OrganizationKind.PARTY_COMMITTEE,
    });
    const oldHead = await createPerson(`Bí thư huyện ${unique()}`);
    const deputy = await createPerson(`Phó Bí thư huyện ${unique()}`);
    const retired = await createPerson(`Nguyên Bí thư ${unique()}`);
    const incoming = await createPerson(`Bí thư dự kiến ${unique()}`);
    const newHead = await createPerson(`Bí thư xã ${unique()}`);
    const retiredTerm = await appoint({
      personId: retired.id,
      organizationId: gid.org(merged),
      title: 'Bí thư',
      isHead: true,
      startsOn: '2010-01-01',
      endsOn: '2017-12-31',
    });
    const headTerm = await appoint({
      personId: oldHead.id,
      organizationId: gid.org(merged),
      title: 'Bí thư',
      isHead: true,
      startsOn: '2018-01-01',
    });
    const deputyTerm = await appoint({
      personId: deputy.id,
      organizationId: gid.org(merged),
      title: 'Phó Bí thư',
      startsOn: '2020-01-01',
      endsOn: '2026-12-31',
    });
    // Appointed head before the merger was decided, to start after it: it moves, as a member.
    const futureTerm = await appoint({
      personId: incoming.id,
      organizationId: gid.org(merged),
      title: 'Bí thư',
      isHead: true,
      startsOn: '2025-08-01',
    });
    await appoint({
      personId: newHead.id,
      organizationId: gid.org(successor),
      title: 'Bí thư',
      isHead: true,
      startsOn: '2025-07-01',
    });

    const result = await ts.gql(
      MergeOrganizations,
      { input: { mergedIds: [gid.org(merged)], successorId: gid.org(successor), effectiveOn: '2025-07-01' } },
      admin.token,
    );
    expect(ok(result).mergeOrganizations.merged).toEqual([
      { id: gid.org(merged), status: 'MERGED', endedOn: '2025-07-01' },
    ]);

    // The old terms end the day before the merger; the finished one is untouched.
    const oldSide = ok(await ts.gql(OrganizationPeople, { id: gid.org(merged) }, admin.token)).organization;
    const byId = new Map(oldSide.positions.map((p) => [p.id, p]));
    expect(byId.get(retiredTerm.id)).toMatchObject({ endsOn: '2017-12-31', isHead: true });
    expect(byId.get(headTerm.id)).toMatchObject({
      startsOn: '2018-01-01',
      endsOn: '2025-06-30',
      isHead: true,
    });
    expect(byId.get(deputyTerm.id)).toMatchObject({ startsOn: '2020-01-01', endsOn: '2025-06-30' });
    expect(byId.has(futureTerm.id)).toBe(false);
    expect(oldSide.positions).toHaveLength(3);

    // New terms at the successor start on the merger date and continue the old ones.
    const newSide = ok(
      await ts.gql(OrganizationPeople, { id: gid.org(successor) }, admin.token),
    ).organization;
    const continuing = (personId: string) => newSide.positions.filter((p) => p.person.id === personId);
    expect(continuing(oldHead.id)).toEqual([
      expect.objectContaining({
        title: 'Bí thư',
        isHead: false,
        startsOn: '2025-07-01',
        endsOn: null,
        continues: { id: headTerm.id, organization: { id: gid.org(merged) } },
      }),
    ]);
    expect(continuing(deputy.id)).toEqual([
      expect.objectContaining({
        title: 'Phó Bí thư',
        startsOn: '2025-07-01',
        endsOn: '2026-12-31',
        continues: { id: deputyTerm.id, organization: { id: gid.org(merged) } },
      }),
    ]);
    expect(continuing(incoming.id)).toEqual([
      expect.objectContaining({ id: futureTerm.id, startsOn: '2025-08-01', isHead: false, continues: null }),
    ]);
    expect(continuing(retired.id)).toEqual([]);
    expect(newSide.positions).toHaveLength(4);

    // The person's own history shows both terms.
    const history = ok(await ts.gql(PersonDetail, { id: oldHead.id }, admin.token)).person.positions;
    expect(history.map((p) => [p.organization.id, p.startsOn, p.endsOn])).toEqual([
      [gid.org(successor), '2025-07-01', null],
      [gid.org(merged), '2018-01-01', '2025-06-30'],
    ]);

    // Who headed what stays true for the past; the successor keeps its own head.
    const headOf = async (org: Organization, on: string) =>
      ok(await ts.gql(HeadOn, { id: gid.org(org), on }, admin.token)).organization.head?.id ?? null;
    expect(await headOf(merged, '2024-01-01')).toBe(oldHead.id);
    expect(await headOf(merged, '2015-06-01')).toBe(retired.id);
    expect(await headOf(merged, '2025-06-30')).toBe(oldHead.id);
    expect(await headOf(merged, '2025-07-01')).toBeNull();
    expect(await headOf(successor, '2025-07-15')).toBe(newHead.id);
    expect(await headOf(successor, '2025-09-01')).toBe(newHead.id);
  });

  it('ends running positions when an organization is dissolved', async () => {
    const em = ts.orm.em.fork();
    const area = await makeArea(em);
    const org = await makeOrganization(em, { area, kind: OrganizationKind.GRASSROOTS_BODY });
    const head = await createPerson(`Trưởng ban ${unique()}`);
    const member = await createPerson(`Thành viên ${unique()}`);
    const former = await createPerson(`Thành viên cũ ${unique()}`);
    const headTerm = await appoint({
      personId: head.id,
      organizationId: gid.org(org),
      title: 'Trưởng ban',
      isHead: true,
      startsOn: '2021-01-01',
    });
    const plannedTerm = await appoint({
      personId: member.id,
      organizationId: gid.org(org),
      startsOn: '2022-01-01',
      endsOn: '2027-12-31',
    });
    const pastTerm = await appoint({
      personId: former.id,
      organizationId: gid.org(org),
      startsOn: '2015-01-01',
      endsOn: '2019-12-31',
    });

    const result = await ts.gql(
      DissolveOrganization,
      { input: { organizationId: gid.org(org), effectiveOn: '2025-03-31' } },
      admin.token,
    );
    expect(ok(result).dissolveOrganization.organization).toMatchObject({
      status: 'DISSOLVED',
      endedOn: '2025-03-31',
    });

    const stored = new Map((await positionsInDb(org.id)).map((p) => [positionGid(p), p]));
    expect(stored.get(headTerm.id)?.endsOn).toBe('2025-03-31');
    expect(stored.get(plannedTerm.id)?.endsOn).toBe('2025-03-31');
    expect(stored.get(pastTerm.id)?.endsOn).toBe('2019-12-31');

    const current = ok(await ts.gql(OrganizationPeople, { id: gid.org(org), current: true }, admin.token));
    expect(current.organization.positions).toEqual([]);
    const headOn = async (on: string) =>
      ok(await ts.gql(HeadOn, { id: gid.org(org), on }, admin.token)).organization.head?.id ?? null;
    expect(await headOn('2024-01-01')).toBe(head.id);
    expect(await headOn('2025-04-01')).toBeNull();
    // No new appointment into it.
    const late = await ts.gql(
      AppointPosition,
      {
        input: {
          personId: member.id,
          organizationId: gid.org(org),
          title: 'Ủy viên',
          startsOn: '2025-05-01',
        },
      },
      admin.token,
    );
    expect(codeOf(late)).toBe('CONFLICT');
  });
});

describe('N+1 guard', () => {
  it('loads a page of organizations with areas, parents and positions in a constant number of queries', async () => {
    const em = ts.orm.em.fork();
    const province = await makeArea(em, { name: `Tỉnh ${unique()}` });
    const district = await makeArea(em, { level: AreaLevel.DISTRICT, parent: province });
    const provincial = await makeOrganization(em, { area: province, kind: OrganizationKind.PARTY_COMMITTEE });

    /** Runs the directory query and the heads query; returns the SQL statements each sent. */
    const measure = async (expectedOrganizations: number) => {
      ts.sql.reset();
      const result = await ts.gql(Directory, { areaId: gid.area(district) }, admin.token);
      const directory = { count: ts.sql.count, statements: [...ts.sql.statements] };
      const data = ok(result).organizations;
      expect(data.totalCount).toBe(expectedOrganizations);
      expect(data.edges).toHaveLength(expectedOrganizations);
      const headOf = new Map<string, string>();
      for (const { node } of data.edges) {
        expect(node.area.parent?.name).toBe(province.name);
        expect(node.parent?.name).toBe(provincial.name);
        expect(node.positions.map((p) => [p.title, p.isHead])).toEqual([
          ['Trưởng ban', true],
          ['Phó Trưởng ban', false],
        ]);
        expect(node.positions.every((p) => p.person.fullName.startsWith('Cán bộ '))).toBe(true);
        headOf.set(node.id, node.positions[0].person.fullName);
      }

      ts.sql.reset();
      const headsResult = await ts.gql(DirectoryHeads, { areaId: gid.area(district) }, admin.token);
      const heads = { count: ts.sql.count, statements: [...ts.sql.statements] };
      const edges = ok(headsResult).organizations.edges;
      expect(edges).toHaveLength(expectedOrganizations);
      for (const { node } of edges) {
        expect(node.head?.fullName).toBe(headOf.get(node.id));
        expect(node.formerHead).toBeNull();
      }
      return { directory, heads };
    };

    await seedOrganizations(em, district, provincial, 5);
    const small = await measure(5);
    await seedOrganizations(em, district, provincial, 40);
    const large = await measure(45);

    console.info(
      `N+1 guard: directory ${small.directory.count} SQL statements for 5 organizations, ` +
        `${large.directory.count} for 45; heads ${small.heads.count} and ${large.heads.count}`,
    );
    expect(large.directory.count, large.directory.statements.join('\n')).toBe(small.directory.count);
    expect(large.directory.count, large.directory.statements.join('\n')).toBeLessThanOrEqual(12);
    // head(on:) for every organization and two dates: one query for the heads, one for their people.
    expect(large.heads.count, large.heads.statements.join('\n')).toBe(small.heads.count);
    expect(large.heads.count, large.heads.statements.join('\n')).toBeLessThanOrEqual(6);
  });
});
