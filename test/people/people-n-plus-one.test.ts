/**
 * N+1 guard: a page of organizations with areas, parents and positions in a constant number of
 * queries.
 */
import { describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { graphql } from '../generated/index.js';
import { gid, makeArea, makeOrganization, unique } from '../helpers/factories.js';
import { AdministrativeArea, AreaLevel } from '../../server/modules/areas/area.entity.js';
import { Organization, OrganizationKind } from '../../server/modules/organizations/organization.entity.js';
import { Person } from '../../server/modules/people/person.entity.js';
import { Position } from '../../server/modules/people/position.entity.js';
import { ok } from '../helpers/results.js';
import { admin, makePerson, ts, usePeopleServer } from '../helpers/people.js';

usePeopleServer();

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
