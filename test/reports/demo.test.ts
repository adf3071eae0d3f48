/**
 * The demo's periodic reports (issue 16): Lạng Sơn's communes and provincial bodies report on the
 * annual form for 2025 (a few late, one returned, three overdue) and the approved values add up to
 * the seeds' figures: 2,875 dialogues; 29/39 petitions resolved; 1,635 = 524 + 1,111 models;
 * 166/200 communes with the friendly-government model; 78 critiques with 478 opinions.
 */
import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/core/ids.js';
import { DEMO_AREA, DEMO_REPORTS, loadDemoData, type DemoSummary } from '../../server/demo/load-demo-data.js';
import { AdministrativeArea } from '../../server/modules/areas/area.entity.js';
import { ReportForm } from '../../server/modules/reports/report-form.entity.js';
import { makeUser, type TestUser } from '../helpers/factories.js';
import { ok } from '../helpers/results.js';
import { useTestServer } from '../helpers/server.js';

let summary: DemoSummary;
let admin: TestUser;
const ts = useTestServer({
  setUp: async () => {
    summary = await loadDemoData(ts.orm.em.fork());
    admin = await makeUser(ts.orm, { isSystemAdmin: true });
  },
});

/** Sums of the approved 2025 values of the demo form, by indicator code. */
async function approvedSums(): Promise<Record<string, number>> {
  const rows = await ts.orm.em
    .fork()
    .getConnection()
    .execute<{ code: string; total: string }[]>(
      `select i.code, sum(v.value) as total
         from report_value v
         join report_submission s on s.id = v.submission_id and s.status = 'APPROVED' and s.current
         join report_form f on f.id = s.form_id and f.code = ?
         join report_indicator i on i.id = v.indicator_id
        where s.period_key = ? group by i.code`,
      [DEMO_REPORTS.form.code, DEMO_REPORTS.year],
    );
  return Object.fromEntries(rows.map((r) => [r.code, Number(r.total)]));
}

describe("the demo's annual reports", () => {
  it("add up to the seeds' figures from the communes' and provincial bodies' approved reports", async () => {
    expect(summary).toMatchObject({ reportForms: 1 });
    expect(await approvedSums()).toMatchObject({
      DIALOGUES_HELD: 2875,
      PETITIONS_IN_JURISDICTION_RECEIVED: 39,
      PETITIONS_IN_JURISDICTION_RESOLVED: 29,
      MODELS_REGISTERED: 1635,
      MODELS_MAINTAINED: 524,
      MODELS_NEW: 1111,
      COMMUNES_FRIENDLY_GOVERNMENT: 166,
      COMMUNES_TOTAL: 200,
      CRITIQUES_HELD: 78,
      CRITIQUE_OPINIONS: 478,
      PROPAGANDA_SESSIONS: 752,
      PROPAGANDA_PARTICIPANTS: 48328,
      MEDIATION_TEAMS: 131,
      MEDIATORS: 790,
      INSPECTION_BOARDS: 12,
      INSPECTION_BOARD_MEMBERS: 132,
    });
  });

  it('shows who reported in Lạng Sơn: 65 communes and 3 provincial bodies expected, one returned, three overdue', async () => {
    const em = ts.orm.em.fork();
    const form = await em.findOneOrFail(ReportForm, { code: DEMO_REPORTS.form.code });
    const langSon = await em.findOneOrFail(AdministrativeArea, { code: DEMO_AREA.langSon });
    const result = await ts.gql<{
      reportCompleteness: {
        expected: number;
        submitted: number;
        submittedOnTime: number;
        approved: number;
        reportingRate: number;
        missing: { totalCount: number; edges: { node: { status: string | null; overdue: boolean } }[] };
      };
    }>(
      `query($f: ID!, $p: String!, $a: ID!) { reportCompleteness(formId: $f, periodKey: $p, areaId: $a) {
         expected submitted submittedOnTime approved reportingRate
         missing(first: 10) { totalCount edges { node { status overdue } } } } }`,
      {
        f: toGlobalId('ReportForm', form.id),
        p: DEMO_REPORTS.year,
        a: toGlobalId('AdministrativeArea', langSon.id),
      },
      admin.token,
    );
    const c = ok(result).reportCompleteness;
    expect(c).toMatchObject({
      expected: 68,
      submitted: 64,
      submittedOnTime: 62,
      approved: 64,
      reportingRate: 94.1,
    });
    expect(c.missing.totalCount).toBe(4);
    expect(c.missing.edges.map((e) => e.node.status).toSorted()).toEqual(
      ['RETURNED', null, null, null].toSorted(),
    );
    expect(c.missing.edges.every((e) => e.node.overdue)).toBe(true);
  });
});
