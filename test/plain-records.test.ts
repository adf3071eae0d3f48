/*
 * Read-only requests get plain records (core/read/rows.ts), not managed
 * entities: they must resolve exactly as entities did — their GraphQL type
 * through `node(id:)`, their links, and lists of them built from `loadMany`.
 */
import { expect, test } from 'vitest';
import { Role } from '../server/core/access.js';
import { toGlobalId } from '../server/core/ids.js';
import { AreaLevel } from '../server/modules/areas/area.entity.js';
import { gid, makeArea, makeOrganization, makeUserWith } from './helpers/factories.js';
import { useTestServer } from './helpers/server.js';

const ts = useTestServer();

test('node(id) resolves plain records to their type, with their fields, links and ancestors', async () => {
  const em = ts.orm.em.fork();
  const province = await makeArea(em);
  const district = await makeArea(em, { parent: province, level: AreaLevel.DISTRICT });
  const parent = await makeOrganization(em, { area: province });
  const child = await makeOrganization(em, { area: district, parent });
  const viewer = await makeUserWith(ts.orm, parent.id, Role.VIEWER);
  const result = await ts.gql<{
    org: { __typename: string; id: string; name: string; ancestors: { name: string }[] };
    area: { __typename: string; name: string; ancestors: { name: string }[] };
  }>(
    `query($org: ID!, $area: ID!) {
      org: node(id: $org) { __typename id ... on Organization { name ancestors { name } } }
      area: node(id: $area) { __typename ... on AdministrativeArea { name ancestors { name } } }
    }`,
    { org: gid.org(child), area: toGlobalId('AdministrativeArea', district.id) },
    viewer.token,
  );
  expect(result.errors).toBeUndefined();
  expect(result.data?.org).toEqual({
    __typename: 'Organization',
    id: gid.org(child),
    name: child.name,
    ancestors: [{ name: parent.name }],
  });
  expect(result.data?.area).toEqual({
    __typename: 'AdministrativeArea',
    name: district.name,
    ancestors: [{ name: province.name }],
  });
});
