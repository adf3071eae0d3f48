/**
 * The people directory: search without diacritics or case, filter by organization, pages.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { gid, makeArea, makeOrganization } from '../helpers/factories.js';
import { foldForSearch } from '../../server/core/text.js';
import { codeOf, ok } from '../helpers/results.js';
import { admin, appoint, createPerson, ts, usePeopleServer } from '../helpers/people.js';

usePeopleServer();

const People = graphql(`
  query PeopleSearch($filter: PeopleFilter, $first: Int, $after: String) {
    people(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id fullName } }
    }
  }
`);

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
