/**
 * Reading reports (issue 16): the approver's queue and the reporter's list show only what the
 * viewer may read, and nested fields (form, organization, values, indicators) cost a fixed number
 * of statements whatever the number of reports.
 */
import { describe, expect, it } from 'vitest';
import { Role } from '../../server/core/access.js';
import { PeriodType } from '../../server/modules/reports/report.enums.js';
import { gid, makeUserWith } from '../helpers/factories.js';
import { ok } from '../helpers/results.js';
import {
  change,
  endedPeriod,
  formGid,
  makeForm,
  makeReportWorld,
  saveDraft,
  SUBMIT,
  ts,
  useReportsServer,
} from '../helpers/reports.js';

useReportsServer();

const year = endedPeriod(PeriodType.YEAR);

const LIST = `query($f: ReportSubmissionFilter) {
  reportSubmissions(first: 50, filter: $f) {
    totalCount
    edges { node { id status periodKey organization { name } approver { name } form { name indicators { indicator { code } } }
      values { value indicator { code nameVi } } viewerCan { review } } }
  }
}`;

interface List {
  reportSubmissions: {
    totalCount: number;
    edges: { node: { status: string; organization: { name: string }; viewerCan: { review: boolean } } }[];
  };
}

describe('lists of reports', () => {
  it('gives the approver its queue and each reporter its own, in a fixed number of statements', async () => {
    const w = await makeReportWorld(4);
    const form = await makeForm(w.em, { codes: ['DIALOGUES_HELD', 'MEDIATORS', 'MEDIATION_TEAMS'] });
    const reporters = await Promise.all(w.fronts.map((f) => makeUserWith(ts.orm, f.id, Role.MEMBER)));
    const submitOne = async (i: number) => {
      const draft = await saveDraft(
        {
          formId: formGid(form),
          organizationId: gid.org(w.fronts[i]!),
          periodKey: year.key,
          values: [
            { indicatorCode: 'MEDIATORS', value: 3 },
            { indicatorCode: 'MEDIATION_TEAMS', value: 1 },
          ],
        },
        reporters[i]!.token,
      );
      await change(SUBMIT, { submissionId: draft.id, expectedVersion: draft.version }, reporters[i]!.token);
    };
    await submitOne(0);
    const queue = { formId: formGid(form), approverId: gid.org(w.provinceFront), status: ['SUBMITTED'] };
    ts.sql.reset();
    const one = ok(await ts.gql<List>(LIST, { f: queue }, w.approver.token));
    const statementsForOne = ts.sql.count;
    expect(one.reportSubmissions.totalCount).toBe(1);
    for (const i of [1, 2, 3]) await submitOne(i);
    ts.sql.reset();
    const four = ok(await ts.gql<List>(LIST, { f: queue }, w.approver.token));
    expect(ts.sql.count).toBe(statementsForOne);
    expect(four.reportSubmissions.totalCount).toBe(4);
    expect(four.reportSubmissions.edges.every((e) => e.node.viewerCan.review)).toBe(true);

    // A reporter sees its own report only; an outsider none.
    const own = ok(await ts.gql<List>(LIST, { f: { formId: formGid(form) } }, reporters[2]!.token));
    expect(own.reportSubmissions.edges.map((e) => e.node.organization.name)).toEqual([w.fronts[2]!.name]);
    const none = ok(await ts.gql<List>(LIST, { f: { formId: formGid(form) } }, w.outsiderCoordinator.token));
    expect(none.reportSubmissions.totalCount).toBe(0);
  });

  it('lists the forms with their indicators and who must submit them', async () => {
    const w = await makeReportWorld(1);
    const form = await makeForm(w.em, {
      codes: ['PETITIONS_IN_JURISDICTION_RESOLVED', 'PETITIONS_RESOLUTION_RATE'],
    });
    const result = ok(
      await ts.gql<{
        reportForms: {
          id: string;
          indicators: {
            position: number;
            indicator: { code: string; source: string; numeratorCode: string | null };
          }[];
          requirements: { organizationKind: string; areaLevel: string }[];
        }[];
      }>(
        '{ reportForms { id periodType indicators { position section indicator { code source numeratorCode } } requirements { organizationKind areaLevel } } }',
        {},
        w.reporter.token,
      ),
    );
    const mine = result.reportForms.find((f) => f.id === formGid(form))!;
    expect(
      mine.indicators.map((i) => [
        i.position,
        i.indicator.code,
        i.indicator.source,
        i.indicator.numeratorCode,
      ]),
    ).toEqual([
      [0, 'PETITIONS_IN_JURISDICTION_RESOLVED', 'COUNTED', null],
      [1, 'PETITIONS_RESOLUTION_RATE', 'DERIVED', 'PETITIONS_IN_JURISDICTION_RESOLVED'],
    ]);
    expect(mine.requirements).toEqual([{ organizationKind: 'FATHERLAND_FRONT', areaLevel: 'COMMUNE' }]);
  });
});
