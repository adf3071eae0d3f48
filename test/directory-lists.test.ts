/*
 * The directory lists on the one read path (core/read: keyset pages, plain
 * records): nested lists (children, partners) in the same statements for
 * 2 parents as for 10, counts only when `totalCount` is asked for, pages on
 * by cursor, and a cursor that is not one is BAD_USER_INPUT on every list.
 */
import { Cursor } from '@mikro-orm/postgresql';
import { describe, expect, test } from 'vitest';
import { Role } from '../server/core/access.js';
import { AreaLevel } from '../server/modules/areas/area.entity.js';
import type { Organization } from '../server/modules/organizations/organization.entity.js';
import { gid, makeArea, makeOrganization, makeUser, makeUserWith } from './helpers/factories.js';
import { useTestServer } from './helpers/server.js';

const ts = useTestServer();

interface Named {
  name: string;
}
interface SubPage {
  totalCount?: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  edges: { node: Named }[];
}
interface Directory {
  organizations: { totalCount: number; edges: { node: Named & { children: SubPage; partners: SubPage } }[] };
}

const DIRECTORY = `query($area: ID!) {
  organizations(first: 50, filter: { areaId: $area }) {
    totalCount
    edges { node { name
      children(first: 2) { totalCount pageInfo { endCursor hasNextPage } edges { node { name } } }
      partners(first: 3) { pageInfo { endCursor hasNextPage } edges { node { name } } }
    } }
  }
}`;

/** `parents` organizations of one area (its own), each with three children in a sub-area. */
async function directory(parents: number) {
  const em = ts.orm.em.fork();
  const area = await makeArea(em);
  const below = await makeArea(em, { parent: area, level: AreaLevel.COMMUNE });
  const made: { parent: Organization; children: Organization[] }[] = [];
  for (let i = 0; i < parents; i++) {
    const parent = await makeOrganization(em, { area, name: `Cơ quan ${String(i).padStart(2, '0')}` });
    const children: Organization[] = [];
    for (const name of ['Chi bộ C', 'Chi bộ A', 'Chi bộ B']) {
      children.push(await makeOrganization(em, { area: below, parent, name }));
    }
    made.push({ parent, children });
  }
  return { area, below, made };
}

describe('the organization directory with nested lists', () => {
  test('is read in the same statements for 2 organizations as for 10, children and partners included', async () => {
    const { token } = await makeUser(ts.orm);
    const read = async (parents: number) => {
      const { area } = await directory(parents);
      ts.sql.reset();
      const result = await ts.gql<Directory>(DIRECTORY, { area: gid.area(area) }, token);
      expect(result.errors).toBeUndefined();
      return { list: result.data!.organizations, statements: [...ts.sql.statements] };
    };
    const small = await read(2);
    const large = await read(10);

    expect(large.list.totalCount).toBe(10);
    for (const [i, { node }] of large.list.edges.entries()) {
      expect(node.name).toBe(`Cơ quan ${String(i).padStart(2, '0')}`);
      expect(node.children.totalCount).toBe(3);
      expect(node.children.edges.map((e) => e.node.name)).toEqual(['Chi bộ A', 'Chi bộ B']);
      expect(node.children.pageInfo.hasNextPage).toBe(true);
      // Partners: the other active organizations of its area, never itself nor its children (another area).
      expect(node.partners.edges).toHaveLength(3);
      expect(node.partners.edges.map((e) => e.node.name)).not.toContain(node.name);
    }
    const listing = large.statements.join('\n');
    expect(large.statements.length, listing).toBe(small.statements.length);
    // The viewer, the list, the children, the partners.
    expect(large.statements.length, listing).toBeLessThanOrEqual(4);
  });

  test('counts only when totalCount is selected, and pages on through children by cursor', async () => {
    const { token } = await makeUser(ts.orm);
    const { made } = await directory(1);
    const children = (after: string | null) =>
      ts.gql<{ organization: { children: SubPage } }>(
        `query($id: ID!, $after: String) { organization(id: $id) {
          children(first: 2, after: $after) { pageInfo { endCursor hasNextPage } edges { node { name } } } } }`,
        { id: gid.org(made[0].parent), after },
        token,
      );
    ts.sql.reset();
    const first = (await children(null)).data!.organization.children;
    expect(ts.sql.statements.join('\n')).not.toMatch(/count\(\*\)/);
    expect(first.edges.map((e) => e.node.name)).toEqual(['Chi bộ A', 'Chi bộ B']);
    const rest = (await children(first.pageInfo.endCursor)).data!.organization.children;
    expect(rest.edges.map((e) => e.node.name)).toEqual(['Chi bộ C']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  test('reads areas with their children in the same statements for 2 areas as for 6', async () => {
    const { token } = await makeUser(ts.orm);
    const read = async (count: number) => {
      const em = ts.orm.em.fork();
      const root = await makeArea(em);
      for (let i = 0; i < count; i++) {
        const district = await makeArea(em, { parent: root, level: AreaLevel.DISTRICT, name: `Huyện ${i}` });
        for (const name of ['Xã B', 'Xã A'])
          await makeArea(em, { parent: district, level: AreaLevel.COMMUNE, name });
      }
      ts.sql.reset();
      const result = await ts.gql<{ areas: { edges: { node: Named & { children: SubPage } }[] } }>(
        `query($root: ID!) { areas(first: 50, filter: { parentId: $root }) { edges { node { name
          children { totalCount pageInfo { endCursor hasNextPage } edges { node { name } } } } } } }`,
        { root: gid.area(root) },
        token,
      );
      expect(result.errors).toBeUndefined();
      return { areas: result.data!.areas.edges, statements: [...ts.sql.statements] };
    };
    const small = await read(2);
    const large = await read(6);
    expect(large.areas).toHaveLength(6);
    for (const { node } of large.areas) {
      expect(node.children.edges.map((e) => e.node.name)).toEqual(['Xã A', 'Xã B']);
      expect(node.children.totalCount).toBe(2);
    }
    expect(large.statements.length, large.statements.join('\n')).toBe(small.statements.length);
  });
});

describe('cursors', () => {
  test('a cursor that is not one of the list is BAD_USER_INPUT on every list', async () => {
    const em = ts.orm.em.fork();
    const area = await makeArea(em);
    const organization = await makeOrganization(em, { area });
    const admin = await makeUser(ts.orm, { isSystemAdmin: true });
    const member = await makeUserWith(ts.orm, organization.id, Role.ADMIN);
    const lists = [
      '{ organizations(after: $after) { totalCount } }',
      '{ areas(after: $after) { totalCount } }',
      '{ people(after: $after) { totalCount } }',
      '{ legalDocuments(after: $after) { totalCount } }',
      '{ meetings(after: $after) { totalCount } }',
      '{ auditRecords(after: $after) { totalCount } }',
      '{ notifications(after: $after) { totalCount } }',
      `{ organization(id: "${gid.org(organization)}") { children(after: $after) { totalCount } } }`,
      `{ organization(id: "${gid.org(organization)}") { partners(after: $after) { totalCount } } }`,
      `{ area(id: "${gid.area(area)}") { children(after: $after) { totalCount } } }`,
    ];
    const cursors = [
      'garbage!',
      Cursor.encode(['only one key']),
      Cursor.encode([{ nested: true }, 'x']),
      Cursor.encode(['a', 'not-a-uuid']),
    ];
    for (const list of lists) {
      for (const after of cursors) {
        const token = list.includes('notifications') ? member.token : admin.token;
        const result = await ts.gql(`query($after: String) ${list}`, { after }, token);
        expect(
          result.errors?.map((e) => e.extensions?.code),
          `${list} after ${after}`,
        ).toEqual(['BAD_USER_INPUT']);
      }
    }
  });
});
