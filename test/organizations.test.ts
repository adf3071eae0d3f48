import { describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import { gid, makeArea, makeOrganization, makeUser, unique, type TestUser } from './helpers/factories.js';
import { useTestServer } from './helpers/server.js';
import { AreaLevel } from '../server/modules/areas/area.entity.js';
import {
  Organization,
  OrganizationKind,
  OrganizationStatus,
} from '../server/modules/organizations/organization.entity.js';

const CreateOrganization = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      organization { id code name shortName kind status startedOn area { id name } parent { id } }
    }
  }
`);

const SearchOrganizations = graphql(`
  query SearchOrganizations($filter: OrganizationFilter, $first: Int, $after: String) {
    organizations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name } }
    }
  }
`);

const ChangeParent = graphql(`
  mutation ChangeParent($input: ChangeOrganizationParentInput!) {
    changeOrganizationParent(input: $input) { organization { id parent { id } } }
  }
`);

const Merge = graphql(`
  mutation Merge($input: MergeOrganizationsInput!) {
    mergeOrganizations(input: $input) {
      successor { id status parent { id } }
      merged { id status endedOn successor { id } }
    }
  }
`);

const OrganizationDetail = graphql(`
  query OrganizationDetail($id: ID!) {
    organization(id: $id) {
      id name status
      ancestors { id }
      children { totalCount edges { node { id } } }
      partners { totalCount edges { node { id } } }
    }
  }
`);

const ts = useTestServer({
  setUp: async () => {
    admin = await makeUser(ts.orm, { isSystemAdmin: true });
  },
});
let admin: TestUser;

describe('organization directory', () => {
  it('creates an organization with a Vietnamese name that round-trips in NFC', async () => {
    const area = await makeArea(ts.orm.em.fork());
    const name = 'Ban Dân vận Tỉnh ủy Lạng Sơn'.normalize('NFD');
    const code = unique('BDV-');
    const result = await ts.gql(
      CreateOrganization,
      {
        input: {
          code,
          name,
          shortName: 'BDV',
          kind: 'MASS_MOBILIZATION_COMMISSION',
          areaId: gid.area(area),
          startedOn: '2025-07-01',
        },
      },
      admin.token,
    );
    expect(result.errors).toBeUndefined();
    const org = result.data!.createOrganization.organization;
    expect(org.name).toBe('Ban Dân vận Tỉnh ủy Lạng Sơn'.normalize('NFC'));
    expect(org.status).toBe('ACTIVE');
    expect(org.startedOn).toBe('2025-07-01');
    expect(org.area.id).toBe(gid.area(area));
  });

  it('finds organizations without diacritics and pages through them', async () => {
    const em = ts.orm.em.fork();
    const area = await makeArea(em, { name: 'Tỉnh Lạng Sơn' });
    for (const name of ['Ban Dân vận Tỉnh ủy', 'Ủy ban MTTQ Việt Nam tỉnh', 'Hội Nông dân tỉnh']) {
      await makeOrganization(em, { area, name });
    }
    const search = (text: string, first = 10, after?: string) =>
      ts.gql(
        SearchOrganizations,
        { filter: { search: text, areaId: gid.area(area) }, first, after },
        admin.token,
      );
    const danVan = await search('dan van');
    expect(danVan.data!.organizations.edges.map((e) => e.node.name)).toEqual(['Ban Dân vận Tỉnh ủy']);
    const upper = await search('MTTQ VIET NAM');
    expect(upper.data!.organizations.totalCount).toBe(1);
    const page1 = await search('', 2);
    expect(page1.data!.organizations.totalCount).toBe(3);
    expect(page1.data!.organizations.pageInfo.hasNextPage).toBe(true);
    const page2 = await search('', 2, page1.data!.organizations.pageInfo.endCursor!);
    expect(page2.data!.organizations.edges).toHaveLength(1);
    expect(page2.data!.organizations.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by area including the areas below it', async () => {
    const em = ts.orm.em.fork();
    const province = await makeArea(em);
    const commune = await makeArea(em, { level: AreaLevel.COMMUNE, parent: province });
    await makeOrganization(em, { area: province });
    await makeOrganization(em, { area: commune });
    const only = await ts.gql(SearchOrganizations, { filter: { areaId: gid.area(province) } }, admin.token);
    expect(only.data!.organizations.totalCount).toBe(1);
    const all = await ts.gql(
      SearchOrganizations,
      { filter: { areaId: gid.area(province), includeDescendantAreas: true } },
      admin.token,
    );
    expect(all.data!.organizations.totalCount).toBe(2);
  });

  it('shows ancestors, children and partners', async () => {
    const em = ts.orm.em.fork();
    const province = await makeArea(em);
    const commune = await makeArea(em, { level: AreaLevel.COMMUNE, parent: province });
    const top = await makeOrganization(em, { area: province });
    const partner = await makeOrganization(em, { area: province, kind: OrganizationKind.FATHERLAND_FRONT });
    const child = await makeOrganization(em, { area: commune, parent: top });
    const grandchild = await makeOrganization(em, { area: commune, parent: child });
    const result = await ts.gql(OrganizationDetail, { id: gid.org(grandchild) }, admin.token);
    expect(result.data!.organization.ancestors.map((a) => a.id)).toEqual([gid.org(child), gid.org(top)]);
    const topDetail = await ts.gql(OrganizationDetail, { id: gid.org(top) }, admin.token);
    expect(topDetail.data!.organization.children.edges.map((e) => e.node.id)).toEqual([gid.org(child)]);
    expect(topDetail.data!.organization.partners.edges.map((e) => e.node.id)).toEqual([gid.org(partner)]);
  });
});

describe('chain of command', () => {
  it('refuses a parent that would form a cycle, and changes nothing', async () => {
    const em = ts.orm.em.fork();
    const area = await makeArea(em);
    const a = await makeOrganization(em, { area });
    const b = await makeOrganization(em, { area, parent: a });
    const c = await makeOrganization(em, { area, parent: b });
    const cycle = await ts.gql(
      ChangeParent,
      { input: { organizationId: gid.org(a), parentId: gid.org(c) } },
      admin.token,
    );
    expect(cycle.errors?.[0].extensions?.code).toBe('CONFLICT');
    const self = await ts.gql(
      ChangeParent,
      { input: { organizationId: gid.org(a), parentId: gid.org(a) } },
      admin.token,
    );
    expect(self.errors?.[0].extensions?.code).toBe('CONFLICT');
    const reloaded = await ts.orm.em.fork().findOneOrFail(Organization, a.id);
    expect(reloaded.parent).toBeNull();
  });
});

describe('mergeOrganizations', () => {
  it('marks the merged ones MERGED, moves children, and keeps history readable', async () => {
    const em = ts.orm.em.fork();
    const province = await makeArea(em);
    const district = await makeArea(em, { level: AreaLevel.DISTRICT, parent: province });
    const commune = await makeArea(em, { level: AreaLevel.COMMUNE, parent: province });
    const provincial = await makeOrganization(em, { area: province, kind: OrganizationKind.PARTY_COMMITTEE });
    const districtCommittee = await makeOrganization(em, {
      area: district,
      parent: provincial,
      name: 'Huyện ủy Hữu Lũng',
    });
    const communeCommittee = await makeOrganization(em, {
      area: commune,
      parent: districtCommittee,
      name: 'Đảng ủy xã Hữu Lũng',
    });
    const sibling = await makeOrganization(em, { area: district, parent: districtCommittee });
    const result = await ts.gql(
      Merge,
      {
        input: {
          mergedIds: [gid.org(districtCommittee)],
          successorId: gid.org(communeCommittee),
          effectiveOn: '2025-07-01',
        },
      },
      admin.token,
    );
    expect(result.errors).toBeUndefined();
    const merge = result.data!.mergeOrganizations;
    expect(merge.merged[0]).toMatchObject({
      status: 'MERGED',
      endedOn: '2025-07-01',
      successor: { id: gid.org(communeCommittee) },
    });
    expect(merge.successor.parent?.id).toBe(gid.org(provincial));
    const moved = await ts.orm.em.fork().findOneOrFail(Organization, sibling.id);
    expect(moved.parent?.id).toBe(communeCommittee.id);
    const old = await ts.gql(OrganizationDetail, { id: gid.org(districtCommittee) }, admin.token);
    expect(old.data!.organization).toMatchObject({ name: 'Huyện ủy Hữu Lũng', status: 'MERGED' });
  });

  it('refuses merging into itself or into a dissolved organization', async () => {
    const em = ts.orm.em.fork();
    const area = await makeArea(em);
    const a = await makeOrganization(em, { area });
    const dissolved = await makeOrganization(em, { area });
    dissolved.status = OrganizationStatus.DISSOLVED;
    await em.flush();
    const self = await ts.gql(
      Merge,
      { input: { mergedIds: [gid.org(a)], successorId: gid.org(a) } },
      admin.token,
    );
    expect(self.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const intoDissolved = await ts.gql(
      Merge,
      { input: { mergedIds: [gid.org(a)], successorId: gid.org(dissolved) } },
      admin.token,
    );
    expect(intoDissolved.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await ts.orm.em.fork().findOneOrFail(Organization, a.id)).status).toBe('ACTIVE');
  });
});

describe('bad input', () => {
  it('answers typed errors below HTTP 500 without stack traces', async () => {
    const area = await makeArea(ts.orm.em.fork());
    const base = { code: unique('X-'), kind: 'PEOPLES_COMMITTEE' as const, areaId: gid.area(area) };
    const cases = [
      { input: { ...base, name: '   ' }, code: 'BAD_USER_INPUT' },
      { input: { ...base, name: 'x'.repeat(301) }, code: 'BAD_USER_INPUT' },
      {
        input: { ...base, name: 'Tên', areaId: gid.org({ id: '00000000-0000-4000-8000-000000000000' }) },
        code: 'BAD_USER_INPUT',
      },
      {
        input: { ...base, name: 'Tên', areaId: gid.area({ id: '00000000-0000-4000-8000-000000000000' }) },
        code: 'NOT_FOUND',
      },
    ];
    for (const c of cases) {
      const result = await ts.gql(CreateOrganization, { input: c.input }, admin.token);
      expect(result.status).toBeLessThan(500);
      expect(result.errors?.[0].extensions?.code, JSON.stringify(c.input).slice(0, 80)).toBe(c.code);
      expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\.ts:/i);
    }
    const badEnum = await ts.gql(
      CreateOrganization,
      { input: { ...base, name: 'Tên', kind: 'NOPE' as never } },
      admin.token,
    );
    expect(badEnum.status).toBeLessThan(500);
    expect(badEnum.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects page sizes over 100 and malformed cursors as BAD_USER_INPUT', async () => {
    for (const variables of [
      { first: 101 },
      { first: 0 },
      { first: 5, after: 'not-a-cursor' },
      { first: 5, after: 'WyJ4Il0' },
    ]) {
      const result = await ts.gql(SearchOrganizations, variables, admin.token);
      expect(result.status).toBeLessThan(500);
      expect(result.errors?.[0].extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
  });

  it('requires sign-in', async () => {
    const result = await ts.gql(SearchOrganizations, {});
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data ?? null).toBeNull();
  });
});
