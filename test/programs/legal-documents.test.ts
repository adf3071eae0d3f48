/**
 * Legal documents over real HTTP and PostgreSQL: recording, search without diacritics, paging, bad
 * input and duplicates.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { gid, makeOrganization, makeUser, unique } from '../helpers/factories.js';
import { Role } from '../../server/core/access.js';
import { LegalDocument } from '../../server/modules/legal-documents/legal-document.entity.js';
import { OrganizationKind } from '../../server/modules/organizations/organization.entity.js';
import { codeOf, fails, ok } from '../helpers/results.js';
import {
  MISSING,
  Node,
  admin,
  makeDocument,
  makeWorld,
  ts,
  useProgramsServer,
  userWith,
} from '../helpers/programs.js';

useProgramsServer();

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
