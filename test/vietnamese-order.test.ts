/**
 * Names sort the Vietnamese way (issue 14): A Ă Â … D Đ …, so the area tree
 * and the directory read in the order people expect.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AreaLevel } from '../server/modules/areas/area.entity.js';
import { graphql } from './generated/index.js';
import { gid, makeArea, makeOrganization, makeUser, type TestUser } from './helpers/factories.js';
import { ok } from './helpers/results.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const AreaChildren = graphql(`
  query OrderAreaChildren($id: ID!, $after: String) {
    area(id: $id) { children(first: 3, after: $after) { pageInfo { endCursor } edges { node { name } } } }
  }
`);

const Directory = graphql(`
  query OrderDirectory($areaId: ID!) {
    organizations(filter: { areaId: $areaId }) { edges { node { name } } }
  }
`);

/** In Vietnamese order: A before Â, D before Đ (byte order and English collations get these wrong). */
const NAMES = ['Xã An Hòa', 'Xã Ân Thi', 'Xã Bắc Sơn', 'Xã Dương Xá', 'Xã Đa Phúc', 'Xã Ơn Sơn'];

let ts: TestServer;
let admin: TestUser;
beforeAll(async () => {
  ts = await startTestServer();
  admin = await makeUser(ts.orm, { isSystemAdmin: true });
});
afterAll(() => ts?.stop());

describe('Vietnamese order', () => {
  it('sorts an area’s children and the directory the Vietnamese way, page after page', async () => {
    const em = ts.orm.em.fork();
    const province = await makeArea(em);
    for (const name of NAMES.toReversed()) {
      const commune = await makeArea(em, { level: AreaLevel.COMMUNE, parent: province, name });
      await makeOrganization(em, { area: province, name: `${name} ${commune.code}` });
    }
    const page = async (after: string | null) =>
      ok(await ts.gql(AreaChildren, { id: gid.area(province), after }, admin.token)).area.children;
    const first = await page(null);
    const second = await page(first.pageInfo.endCursor ?? null);
    const names = [...first.edges, ...second.edges].map((e) => e.node.name);
    expect(names).toEqual(NAMES);
    const directory = ok(await ts.gql(Directory, { areaId: gid.area(province) }, admin.token)).organizations;
    expect(directory.edges.map((e) => e.node.name.replace(/ \S+$/, ''))).toEqual(NAMES);
  });
});
