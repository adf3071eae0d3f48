/**
 * Situation reports (one per organization and period, themes and flagged issues, dates in order) and
 * the lists of reports and complex situations with their filters, only what the viewer may read, with
 * a statement count that does not grow with the page.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { gid, unique } from '../helpers/factories.js';
import { fails, ok } from '../helpers/results.js';
import { ChangeStatus, makeWorld, openSituation, ts, useSituationsServer } from '../helpers/situations.js';

useSituationsServer();

const Report = graphql(`
  mutation SituationsReport($input: ReportSituationInput!) {
    reportSituation(input: $input) { report { id periodStart periodEnd themes { theme text } flaggedIssues organization { id } } }
  }
`);
const Reports = graphql(`
  query SituationsReports($filter: SituationReportFilter) {
    situationReports(filter: $filter, first: 20) { totalCount edges { node { id periodStart flaggedIssues } } }
  }
`);
const Situations = graphql(`
  query SituationsList($filter: ComplexSituationFilter, $first: Int) {
    complexSituations(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          title status severity organization { name } area { name } handlingOrganizations { name }
          responseProgram { code } viewerCan { changeStatus escalate }
        }
      }
    }
  }
`);

describe('situation reports', () => {
  it('files one report per organization and period, lists them by period, flags and folded search', async () => {
    const w = await makeWorld();
    const tag = unique('TH');
    const input = {
      organizationId: gid.org(w.owner),
      periodStart: '2024-01-01',
      periodEnd: '2024-06-30',
      themes: [
        {
          theme: 'Tư tưởng, tâm trạng của Nhân dân',
          text: `${tag} Nhân dân phấn khởi với chính sách hỗ trợ nhà ở`,
        },
        { theme: 'Dư luận về chính sách', text: 'Quan tâm giá vật tư nông nghiệp' },
      ],
      flaggedIssues: ['Bồi thường giải phóng mặt bằng chậm'],
    };
    const report = ok(await ts.gql(Report, { input }, w.coordinator.token)).reportSituation.report;
    expect(report).toMatchObject({
      themes: input.themes,
      flaggedIssues: input.flaggedIssues,
      organization: { id: gid.org(w.owner) },
    });
    fails(await ts.gql(Report, { input }, w.coordinator.token), 'CONFLICT', 'periodStart');
    fails(
      await ts.gql(Report, { input: { ...input, periodEnd: '2023-12-31' } }, w.coordinator.token),
      'BAD_USER_INPUT',
      'periodEnd',
    );
    fails(
      await ts.gql(Report, { input: { ...input, themes: [] } }, w.coordinator.token),
      'BAD_USER_INPUT',
      'themes',
    );
    fails(
      await ts.gql(Report, { input: { ...input, flaggedIssues: [' '] } }, w.coordinator.token),
      'BAD_USER_INPUT',
      'flaggedIssues',
    );
    fails(
      await ts.gql(Report, { input: { ...input, themes: [{ theme: ' ', text: 'x' }] } }, w.coordinator.token),
      'BAD_USER_INPUT',
      'themes.theme',
    );
    fails(await ts.gql(Report, { input }, w.policeCoordinator.token), 'FORBIDDEN');
    ok(
      await ts.gql(
        Report,
        {
          input: {
            ...input,
            periodStart: '2024-07-01',
            periodEnd: '2024-12-31',
            themes: [input.themes[1]],
            flaggedIssues: [],
          },
        },
        w.coordinator.token,
      ),
    );
    const list = async (filter: Record<string, unknown>, token = w.committeeViewer.token) =>
      ok(
        await ts.gql(Reports, { filter: { organizationId: gid.org(w.owner), ...filter } }, token),
      ).situationReports.edges.map((e) => e.node.periodStart);
    expect(await list({})).toEqual(['2024-07-01', '2024-01-01']);
    expect(await list({ flagged: true })).toEqual(['2024-01-01']);
    expect(await list({ periodFrom: '2024-07-01' })).toEqual(['2024-07-01']);
    expect(await list({ search: `${tag} nhan dan phan khoi` })).toEqual(['2024-01-01']);
    expect(await list({}, w.policeViewer.token)).toEqual([]);
    fails(
      await ts.gql(
        Reports,
        { filter: { periodFrom: '2024-07-01', periodTo: '2024-01-01' } },
        w.coordinator.token,
      ),
      'BAD_USER_INPUT',
      'periodTo',
    );
  });
});

describe('complex situation lists', () => {
  it('filters by status, category, severity, organization and area subtrees, dates and search', async () => {
    const w = await makeWorld();
    const tag = unique('DN');
    const a = await openSituation(w, { title: `${tag} Tranh chấp đất đai`, openedOn: '2024-03-01' });
    await openSituation(w, {
      title: `${tag} Dịch tả lợn châu Phi`,
      category: 'EPIDEMIC',
      severity: 'HIGH',
      areaId: gid.area(w.province),
      handlingOrganizationIds: [],
    });
    await openSituation(w, {
      title: `${tag} Lũ quét`,
      category: 'DISASTER',
      handlingOrganizationIds: [gid.org(w.communeGov)],
    });
    ok(
      await ts.gql(
        ChangeStatus,
        { input: { situationId: a.id, expectedVersion: 1, status: 'HANDLING' } },
        w.coordinator.token,
      ),
    );
    const list = async (filter: Record<string, unknown>, token = w.committeeViewer.token) =>
      ok(await ts.gql(Situations, { filter: { search: tag, ...filter } }, token))
        .complexSituations.edges.map((e) => e.node.title)
        .toSorted();
    const [A, B, C] = [`${tag} Tranh chấp đất đai`, `${tag} Dịch tả lợn châu Phi`, `${tag} Lũ quét`];
    expect(await list({})).toEqual([A, B, C].toSorted());
    expect(await list({ status: ['HANDLING'] })).toEqual([A]);
    expect(await list({ categories: ['EPIDEMIC', 'DISASTER'] })).toEqual([B, C].toSorted());
    expect(await list({ severities: ['HIGH'] })).toEqual([B]);
    expect(await list({ organizationId: gid.org(w.police) })).toEqual([A]);
    expect(await list({ organizationId: gid.org(w.committee) })).toHaveLength(3);
    expect(await list({ areaId: gid.area(w.commune) })).toEqual([A, C].toSorted());
    expect(await list({ openedTo: '2024-06-30' })).toEqual([A]);
    expect(await list({ search: `${tag} tranh chap dat dai` })).toEqual([A]);
    expect(await list({}, w.policeViewer.token)).toEqual([A]);
    expect(await list({}, w.communeViewer.token)).toEqual([C]);
    expect(await list({}, w.outsiderCoordinator.token)).toEqual([]);
    fails(
      await ts.gql(
        Situations,
        { filter: { openedFrom: '2024-06-01', openedTo: '2024-01-01' } },
        w.coordinator.token,
      ),
      'BAD_USER_INPUT',
      'openedTo',
    );
  });

  it('reads 20 situations with their parts in no more statements than 2', async () => {
    const w = await makeWorld();
    const tag = unique('N');
    for (let i = 0; i < 20; i++) {
      await openSituation(w, {
        title: `${tag} Điểm ${i}`,
        handlingOrganizationIds: [gid.org(w.police), gid.org(w.communeGov)],
      });
    }
    const count = async (first: number) => {
      ts.sql.reset();
      const edges = ok(await ts.gql(Situations, { filter: { search: tag }, first }, w.committeeViewer.token))
        .complexSituations.edges;
      expect(edges).toHaveLength(first);
      expect(edges[0].node.handlingOrganizations).toHaveLength(2);
      return ts.sql.count;
    };
    const small = await count(2);
    expect(await count(20)).toBeLessThanOrEqual(small);
    expect(small).toBeLessThanOrEqual(8);
  });
});
