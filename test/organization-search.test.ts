import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import { gid, makeArea, makeOrganization, makeUser, type TestUser } from './helpers/factories.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const FindOrganizations = graphql(`
  query FindOrganizations($filter: OrganizationFilter, $first: Int, $after: String) {
    organizations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { name } }
    }
  }
`);

/** Names of the province's bodies as a picker would offer them: [name, short name]. */
const BODIES: [string, string | null][] = [
  ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn', 'Ủy ban MTTQ tỉnh'],
  ['Ủy ban MTTQ Việt Nam xã Hữu Lũng', null],
  ['Hội Nông dân tỉnh Lạng Sơn', 'Hội Nông dân tỉnh'],
  ['Ban Dân vận Tỉnh ủy Lạng Sơn', 'BDV Tỉnh ủy'],
  ['Ủy ban nhân dân xã Hữu Lũng', null],
  ['Hội đồng nhân dân tỉnh Lạng Sơn', 'HĐND tỉnh'],
  ['Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Lạng Sơn', 'Tỉnh đoàn'],
  ['Tỉnh ủy Lạng Sơn', 'Tỉnh ủy'],
  ['Ban Thường vụ Tỉnh ủy Lạng Sơn', 'BTV Tỉnh ủy'],
  ['Sở Nội vụ tỉnh Lạng Sơn', 'Sở Nội vụ'],
];

let ts: TestServer;
let admin: TestUser;
let areaId: string;

beforeAll(async () => {
  ts = await startTestServer();
  admin = await makeUser(ts.orm, { isSystemAdmin: true });
  const em = ts.orm.em.fork();
  const area = await makeArea(em, { name: 'Tỉnh Lạng Sơn' });
  areaId = gid.area(area);
  for (const [name, shortName] of BODIES) await makeOrganization(em, { area, name, shortName });
});
afterAll(() => ts?.stop());

async function find(search: string, first = 20, after?: string) {
  const result = await ts.gql(FindOrganizations, { filter: { search, areaId }, first, after }, admin.token);
  expect(result.errors).toBeUndefined();
  return result.data!.organizations;
}

const names = async (search: string) => (await find(search)).edges.map((e) => e.node.name);

describe('organization search as people type it', () => {
  it('matches every word in any order, without diacritics', async () => {
    expect(await names('hoi nong dan lang son')).toEqual(['Hội Nông dân tỉnh Lạng Sơn']);
    expect(await names('lang son nong dan')).toEqual(['Hội Nông dân tỉnh Lạng Sơn']);
    expect(await names('ban dan van lang son')).toEqual(['Ban Dân vận Tỉnh ủy Lạng Sơn']);
    expect(await names('so noi vu')).toEqual(['Sở Nội vụ tỉnh Lạng Sơn']);
  });

  it('takes an abbreviation for its long form and the long form for the abbreviation', async () => {
    const front = ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn'];
    expect(await names('mat tran lang son')).toEqual(front);
    expect(await names('mttq lang son')).toEqual(front);
    expect(await names('MTTQ')).toHaveLength(2);
    expect(await names('mat tran huu lung')).toEqual(['Ủy ban MTTQ Việt Nam xã Hữu Lũng']);
    expect(await names('ubnd huu lung')).toEqual(['Ủy ban nhân dân xã Hữu Lũng']);
    expect(await names('hdnd lang son')).toEqual(['Hội đồng nhân dân tỉnh Lạng Sơn']);
    expect(await names('ĐTN lạng sơn')).toEqual(['Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Lạng Sơn']);
    expect(await names('hnd lang son')).toEqual(['Hội Nông dân tỉnh Lạng Sơn']);
    expect(await names('bdv')).toEqual(['Ban Dân vận Tỉnh ủy Lạng Sơn']);
    expect(await names('btv tinh uy')).toEqual(['Ban Thường vụ Tỉnh ủy Lạng Sơn']);
  });

  it('ranks the exact name first, then the phrase, then the words apart, each by name', async () => {
    expect(await names('tinh uy lang son')).toEqual([
      'Tỉnh ủy Lạng Sơn',
      'Ban Dân vận Tỉnh ủy Lạng Sơn',
      'Ban Thường vụ Tỉnh ủy Lạng Sơn',
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn',
    ]);
    const ban = await names('ban');
    expect(ban.slice(0, 2)).toEqual(['Ban Dân vận Tỉnh ủy Lạng Sơn', 'Ban Thường vụ Tỉnh ủy Lạng Sơn']);
  });

  it('pages through ranked results without losing or repeating one', async () => {
    const all = await names('lang son');
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await find('lang son', 3, after);
      expect(page.totalCount).toBe(all.length);
      seen.push(...page.edges.map((e) => e.node.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toEqual(all);
  });

  it('finds nothing, not an error, for words no name has', async () => {
    expect((await find('khong co dau')).totalCount).toBe(0);
  });
});
