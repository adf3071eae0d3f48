/**
 * Completeness of periodic reports (issue 16), as DHIS2 reports it: expected reports (organizations
 * of the required kinds and area levels in an area's subtree, still existing at the period's end),
 * submitted, on time, approved, the rates, and who has not submitted, as a Relay connection.
 */
import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/core/ids.js';
import {
  OrganizationKind,
  OrganizationStatus,
} from '../../server/modules/organizations/organization.entity.js';
import { addDays } from '../../server/modules/reports/periods.js';
import { PeriodType } from '../../server/modules/reports/report.enums.js';
import { gid, makeArea, makeOrganization, makeUserWith } from '../helpers/factories.js';
import { dbId, fails, ok } from '../helpers/results.js';
import { Role } from '../../server/core/access.js';
import { AreaLevel } from '../../server/modules/areas/area.entity.js';
import {
  APPROVE,
  change,
  endedPeriod,
  formGid,
  makeForm,
  makeReportWorld,
  RETURN,
  saveDraft,
  SUBMIT,
  ts,
  useReportsServer,
} from '../helpers/reports.js';

useReportsServer();

const month = endedPeriod(PeriodType.MONTH);

const COMPLETENESS = `query($f: ID!, $p: String!, $a: ID!, $first: Int, $after: String) {
  reportCompleteness(formId: $f, periodKey: $p, areaId: $a) {
    periodStart periodEnd dueOn expected submitted submittedOnTime approved reportingRate onTimeRate
    missing(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id status overdue organization { id name } } }
    }
  }
}`;

interface Completeness {
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  expected: number;
  submitted: number;
  submittedOnTime: number;
  approved: number;
  reportingRate: number | null;
  onTimeRate: number | null;
  missing: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: { id: string; status: string | null; overdue: boolean; organization: { name: string } };
    }[];
  };
}

/** Four communes' Fronts: A approved on time, B submitted late, C returned, D never opened one. */
async function setUp() {
  const w = await makeReportWorld(4);
  const form = await makeForm(w.em, { codes: ['MEDIATORS'], periodType: PeriodType.MONTH, deadlineDays: 60 });
  const reporters = await Promise.all(w.fronts.map((f) => makeUserWith(ts.orm, f.id, Role.MEMBER)));
  const submit = async (i: number) => {
    const key = { formId: formGid(form), organizationId: gid.org(w.fronts[i]!), periodKey: month.key };
    const draft = await saveDraft(
      { ...key, values: [{ indicatorCode: 'MEDIATORS', value: i + 1 }] },
      reporters[i]!.token,
    );
    return change(SUBMIT, { submissionId: draft.id, expectedVersion: draft.version }, reporters[i]!.token);
  };
  const a = await submit(0);
  await change(APPROVE, { submissionId: a.id, expectedVersion: a.version }, w.approver.token);
  const b = await submit(1);
  // B's report came in the day after its deadline.
  await ts.orm.em
    .fork()
    .getConnection()
    .execute(
      `update report_submission set submitted_at = (due_on + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh',
              first_submitted_at = (due_on + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh' where id = ?`,
      [dbId(b.id)],
    );
  const c = await submit(2);
  await change(
    RETURN,
    { submissionId: c.id, expectedVersion: c.version, comment: 'Thiếu số liệu' },
    w.approver.token,
  );
  // Not expected: a Front dissolved before the period ended, a Front in another province, a commune's people's committee.
  const em = ts.orm.em.fork();
  const gone = await makeOrganization(em, {
    area: w.communeAreas[0]!,
    kind: OrganizationKind.FATHERLAND_FRONT,
  });
  gone.status = OrganizationStatus.DISSOLVED;
  gone.endedOn = addDays(month.end, -1);
  const elsewhere = await makeArea(em, { level: AreaLevel.COMMUNE });
  await makeOrganization(em, { area: elsewhere, kind: OrganizationKind.FATHERLAND_FRONT });
  await makeOrganization(em, { area: w.communeAreas[1]!, kind: OrganizationKind.PEOPLES_COMMITTEE });
  await em.flush();
  return { w, form, reporters, c };
}

const read = async (
  formId: string,
  areaId: string,
  token: string,
  page: { first?: number; after?: string } = {},
) =>
  ok(
    await ts.gql<{ reportCompleteness: Completeness }>(
      COMPLETENESS,
      { f: formId, p: month.key, a: areaId, ...page },
      token,
    ),
  ).reportCompleteness;

describe('completeness of a form for a period over an area', () => {
  it('counts expected, submitted, on-time and approved reports, with the rates', async () => {
    const { w, form } = await setUp();
    const c = await read(formGid(form), gid.area(w.province), w.approver.token);
    expect(c).toMatchObject({
      periodStart: month.start,
      periodEnd: month.end,
      dueOn: addDays(month.end, 60),
      expected: 4,
      submitted: 2,
      submittedOnTime: 1,
      approved: 1,
      reportingRate: 50,
      onTimeRate: 25,
    });
    // Who has not submitted: C (returned) and D (nothing), by name; not overdue yet (60 days).
    expect(c.missing.totalCount).toBe(2);
    expect(c.missing.edges.map((e) => [e.node.organization.name, e.node.status, e.node.overdue])).toEqual([
      [w.fronts[2]!.name, 'RETURNED', false],
      [w.fronts[3]!.name, null, false],
    ]);
    expect(c.missing.edges[0]!.node.id).toBe(toGlobalId('Organization', w.fronts[2]!.id));
  });

  it('narrows to an area below, and pages the missing list', async () => {
    const { w, form } = await setUp();
    const one = await read(formGid(form), gid.area(w.communeAreas[0]!), w.reporter.token);
    expect(one).toMatchObject({ expected: 1, submitted: 1, submittedOnTime: 1, reportingRate: 100 });
    expect(one.missing.totalCount).toBe(0);
    const first = await read(formGid(form), gid.area(w.province), w.approver.token, { first: 1 });
    expect(first.missing.edges.map((e) => e.node.organization.name)).toEqual([w.fronts[2]!.name]);
    expect(first.missing.pageInfo.hasNextPage).toBe(true);
    const next = await read(formGid(form), gid.area(w.province), w.approver.token, {
      first: 1,
      after: first.missing.pageInfo.endCursor!,
    });
    expect(next.missing.edges.map((e) => e.node.organization.name)).toEqual([w.fronts[3]!.name]);
  });

  it('counts only the reports the viewer may read: its own part of the subtree; nothing read looks like nothing expected', async () => {
    const { w, form, reporters } = await setUp();
    // A commune Front's member reads its own Front's report only, even over the whole province.
    const own = await read(formGid(form), gid.area(w.province), w.reporter.token);
    expect(own).toMatchObject({ expected: 1, submitted: 1, submittedOnTime: 1, approved: 1 });
    expect(own.missing.totalCount).toBe(0);
    const returned = await read(formGid(form), gid.area(w.province), reporters[2]!.token);
    expect(returned).toMatchObject({ expected: 1, submitted: 0, reportingRate: 0 });
    expect(returned.missing.edges.map((e) => e.node.organization.name)).toEqual([w.fronts[2]!.name]);
    // Someone of another province reads none of them: as if none were expected.
    const outside = await read(formGid(form), gid.area(w.province), w.outsiderCoordinator.token);
    expect(outside).toMatchObject({ expected: 0, submitted: 0, reportingRate: null, onTimeRate: null });
    expect(outside.missing.totalCount).toBe(0);
    // The approver above them reads all four.
    const approver = await read(formGid(form), gid.area(w.province), w.approver.token);
    expect(approver.expected).toBe(4);
  });

  it('decides "on time" by the first submission: returned and resubmitted after the deadline still counts on time', async () => {
    const { w, form, reporters, c } = await setUp();
    const before = await read(formGid(form), gid.area(w.province), w.approver.token);
    expect(before).toMatchObject({ submitted: 2, submittedOnTime: 1 });
    // C, first submitted on time and returned, is resubmitted; its resubmission came after the deadline.
    const reader = `query($id: ID!) { reportSubmission(id: $id) { version submittedAt firstSubmittedAt } }`;
    type Times = { version: number; submittedAt: string; firstSubmittedAt: string };
    const returned = ok(
      await ts.gql<{ reportSubmission: Times }>(reader, { id: c.id }, reporters[2]!.token),
    ).reportSubmission;
    const again = await change(
      SUBMIT,
      { submissionId: c.id, expectedVersion: returned.version },
      reporters[2]!.token,
    );
    const times = ok(
      await ts.gql<{ reportSubmission: Times }>(reader, { id: again.id }, reporters[2]!.token),
    ).reportSubmission;
    expect(times.firstSubmittedAt).toBe(returned.firstSubmittedAt);
    expect(times.submittedAt > times.firstSubmittedAt).toBe(true);
    await ts.orm.em
      .fork()
      .getConnection()
      .execute(
        `update report_submission set submitted_at = (due_on + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh' where id = ?`,
        [dbId(c.id)],
      );
    const after = await read(formGid(form), gid.area(w.province), w.approver.token);
    expect(after).toMatchObject({ submitted: 3, submittedOnTime: 2, reportingRate: 75, onTimeRate: 50 });
  });

  it('reads the missing organizations in a fixed number of statements, whatever their number', async () => {
    const { w, form } = await setUp();
    ts.sql.reset();
    await read(formGid(form), gid.area(w.province), w.approver.token, { first: 1 });
    const few = ts.sql.count;
    ts.sql.reset();
    await read(formGid(form), gid.area(w.province), w.approver.token, { first: 50 });
    expect(ts.sql.count).toBe(few);
  });

  it('refuses a period of another type, and answers NOT_FOUND for an unknown form', async () => {
    const { w, form } = await setUp();
    const wrong = await ts.gql(
      COMPLETENESS,
      { f: formGid(form), p: month.key.slice(0, 4), a: gid.area(w.province) },
      w.reporter.token,
    );
    fails(wrong, 'BAD_USER_INPUT', 'periodKey');
    const unknown = await ts.gql(
      COMPLETENESS,
      { f: toGlobalId('ReportForm', crypto.randomUUID()), p: month.key, a: gid.area(w.province) },
      w.reporter.token,
    );
    fails(unknown, 'NOT_FOUND');
  });
});
