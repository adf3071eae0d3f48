/**
 * Bad input to periodic reports (issue 16): every refusal is a typed error (`extensions.code`,
 * with `extensions.reason`) and leaves nothing half-written.
 */
import { describe, expect, it } from 'vitest';
import { Role } from '../../server/core/access.js';
import { grantRole, gid, makeUserWith } from '../helpers/factories.js';
import { dbId, fails, ok } from '../helpers/results.js';
import type { GqlResult } from '../helpers/server.js';
import { IndicatorSource, IndicatorUnit, PeriodType } from '../../server/modules/reports/report.enums.js';
import { Organization, OrganizationStatus } from '../../server/modules/organizations/organization.entity.js';
import { ReportForm } from '../../server/modules/reports/report-form.entity.js';
import { ReportSubmission, ReportValue } from '../../server/modules/reports/submission.entity.js';
import {
  APPROVE,
  CORRECT,
  change,
  currentPeriod,
  endedPeriod,
  formGid,
  makeForm,
  makeIndicator,
  makeReportWorld,
  RETURN,
  SAVE,
  saveDraft,
  SUBMIT,
  type Sub,
  ts,
  useReportsServer,
  valuesOf,
  attempt,
} from '../helpers/reports.js';

useReportsServer();

const year = endedPeriod(PeriodType.YEAR);

/** Asserts the call failed with `code` and `reason`. */
function refused(result: GqlResult<unknown>, code: string, reason: string, field?: string) {
  fails(result, code, field);
  expect(result.errors![0]!.extensions!.reason).toBe(reason);
}

async function setUp() {
  const w = await makeReportWorld(1);
  const percent = await makeIndicator(w.em, IndicatorUnit.PERCENT);
  const form = await makeForm(w.em, {
    codes: ['DIALOGUES_HELD', 'MEDIATORS', 'INSPECTION_BOARDS', 'INSPECTION_BOARD_MEMBERS', percent.code],
  });
  const key = { formId: formGid(form), organizationId: gid.org(w.fronts[0]!), periodKey: year.key };
  const save = (
    values: { indicatorCode: string; value: number | null }[],
    extra: Record<string, unknown> = {},
  ) => ts.gql(SAVE, { i: { ...key, values, expectedVersion: null, ...extra } }, w.reporter.token);
  return { w, form, key, percent, save };
}

describe('values typed into a form', () => {
  it('refuses an indicator not on the form, a counted one, a negative or fractional count, a percentage over 100', async () => {
    const { percent, save } = await setUp();
    refused(
      await save([{ indicatorCode: 'PROPAGANDA_SESSIONS', value: 3 }]),
      'BAD_USER_INPUT',
      'INDICATOR_NOT_ON_FORM',
      'values',
    );
    refused(
      await save([{ indicatorCode: 'NO_SUCH_CODE', value: 3 }]),
      'BAD_USER_INPUT',
      'INDICATOR_NOT_ON_FORM',
    );
    refused(
      await save([{ indicatorCode: 'DIALOGUES_HELD', value: 3 }]),
      'BAD_USER_INPUT',
      'INDICATOR_NOT_ENTERED',
    );
    refused(await save([{ indicatorCode: 'MEDIATORS', value: -1 }]), 'BAD_USER_INPUT', 'NEGATIVE_VALUE');
    refused(await save([{ indicatorCode: 'MEDIATORS', value: 2.5 }]), 'BAD_USER_INPUT', 'NOT_A_WHOLE_NUMBER');
    refused(
      await save([{ indicatorCode: percent.code, value: 100.5 }]),
      'BAD_USER_INPUT',
      'PERCENT_OVER_100',
    );
    // Nothing was opened by the refused saves; a percentage of 100 and a fraction are fine.
    expect(await ts.orm.em.fork().count(ReportValue, { indicator: percent.id })).toBe(0);
    const good = await save([
      { indicatorCode: percent.code, value: 100 },
      { indicatorCode: 'MEDIATORS', value: 0 },
    ]);
    expect(good.errors).toBeUndefined();
  });

  it('refuses a whole save when one value is bad (nothing half-written)', async () => {
    const { save, key, w } = await setUp();
    const result = await save([
      { indicatorCode: 'MEDIATORS', value: 4 },
      { indicatorCode: 'INSPECTION_BOARDS', value: -2 },
    ]);
    refused(result, 'BAD_USER_INPUT', 'NEGATIVE_VALUE');
    const list = await ts.gql<{ reportSubmissions: { totalCount: number } }>(
      'query($f: ReportSubmissionFilter) { reportSubmissions(filter: $f) { totalCount } }',
      { f: { formId: key.formId } },
      w.reporter.token,
    );
    expect(list.data!.reportSubmissions.totalCount).toBe(0);
  });
});

describe('periods and who reports', () => {
  it("refuses a period of another type than the form's, and a key that names no period", async () => {
    const { save } = await setUp();
    refused(
      await save([], { periodKey: `${year.key}-Q1` }),
      'BAD_USER_INPUT',
      'PERIOD_TYPE_MISMATCH',
      'periodKey',
    );
    fails(await save([], { periodKey: `${year.key}-13` }), 'BAD_USER_INPUT');
  });

  it('keeps a draft for a period not yet ended but refuses to submit it', async () => {
    const { w, key } = await setUp();
    const open = currentPeriod(PeriodType.YEAR);
    const draft = await saveDraft({ ...key, periodKey: open.key }, w.reporter.token);
    const result = await attempt(
      SUBMIT,
      { submissionId: draft.id, expectedVersion: draft.version },
      w.reporter.token,
    );
    refused(result, 'CONFLICT', 'PERIOD_NOT_ENDED');
    expect(result.errors![0]!.extensions!.periodEnd).toBe(open.end);
  });

  it('refuses a draft on a form no longer in use', async () => {
    const { form, save } = await setUp();
    await ts.orm.em.fork().nativeUpdate(ReportForm, { id: form.id }, { active: false });
    refused(await save([]), 'CONFLICT', 'FORM_INACTIVE');
  });

  it('refuses an organization the form does not require', async () => {
    const { w, key } = await setUp();
    const result = await attempt(
      SAVE,
      { ...key, organizationId: gid.org(w.outsider), values: [], expectedVersion: null },
      w.outsiderCoordinator.token,
    );
    refused(result, 'BAD_USER_INPUT', 'NOT_REQUIRED_TO_SUBMIT', 'organizationId');
    // And the province's Front (a PROVINCE-level Front) is not required by a commune form either.
    const province = await attempt(
      SAVE,
      { ...key, organizationId: gid.org(w.provinceFront), values: [], expectedVersion: null },
      w.approver.token,
    );
    refused(province, 'BAD_USER_INPUT', 'NOT_REQUIRED_TO_SUBMIT');
    // Nor is a Front dissolved before the period ended.
    const em = ts.orm.em.fork();
    await em.nativeUpdate(
      Organization,
      { id: w.fronts[0]!.id },
      { status: OrganizationStatus.DISSOLVED, endedOn: year.end },
    );
    refused(
      await attempt(SAVE, { ...key, values: [], expectedVersion: null }, w.reporter.token),
      'BAD_USER_INPUT',
      'NOT_REQUIRED_TO_SUBMIT',
    );
  });

  it("refuses a save for another organization's report (organizations are public: FORBIDDEN)", async () => {
    const { w, key } = await setUp();
    const denied = await attempt(
      SAVE,
      { ...key, values: [], expectedVersion: null },
      w.outsiderCoordinator.token,
    );
    fails(denied, 'FORBIDDEN');
  });
});

describe('submission, review and versions', () => {
  it('names the validation rule that failed and writes nothing', async () => {
    const { w, key } = await setUp();
    const draft = await saveDraft(
      {
        ...key,
        values: [
          { indicatorCode: 'INSPECTION_BOARDS', value: 5 },
          { indicatorCode: 'INSPECTION_BOARD_MEMBERS', value: 3 },
        ],
      },
      w.reporter.token,
    );
    const result = await attempt(
      SUBMIT,
      { submissionId: draft.id, expectedVersion: draft.version },
      w.reporter.token,
    );
    refused(result, 'BAD_USER_INPUT', 'VALIDATION_RULE_FAILED', 'values');
    expect(result.errors![0]!.extensions).toMatchObject({
      rule: 'INSPECTION_MEMBERS_NOT_BELOW_BOARDS',
      ruleName: 'Số thành viên Ban Thanh tra nhân dân không ít hơn số Ban',
      left: 3,
      right: 5,
    });
    const em = ts.orm.em.fork();
    expect(await em.count(ReportValue, { submission: dbId(draft.id), source: IndicatorSource.COUNTED })).toBe(
      0,
    );
    const fixed = await saveDraft(
      {
        ...key,
        expectedVersion: draft.version,
        values: [{ indicatorCode: 'INSPECTION_BOARD_MEMBERS', value: 40 }],
      },
      w.reporter.token,
    );
    expect(fixed.status).toBe('DRAFT');
    const submitted = await change(
      SUBMIT,
      { submissionId: draft.id, expectedVersion: fixed.version },
      w.reporter.token,
    );
    expect(submitted.status).toBe('SUBMITTED');
  });

  it('refuses stale versions, edits of a submitted report, and submitting or reviewing twice', async () => {
    const { w, key } = await setUp();
    const draft = await saveDraft(
      { ...key, values: [{ indicatorCode: 'MEDIATORS', value: 1 }] },
      w.reporter.token,
    );
    const saved = await saveDraft(
      { ...key, expectedVersion: 1, values: [{ indicatorCode: 'MEDIATORS', value: 2 }] },
      w.reporter.token,
    );
    fails(
      await attempt(SAVE, { ...key, values: [], expectedVersion: 1 }, w.reporter.token),
      'CONFLICT',
      'expectedVersion',
    );
    // A version of 0 says "there is none yet": stale once the report is open.
    fails(
      await attempt(SAVE, { ...key, values: [], expectedVersion: 0 }, w.reporter.token),
      'CONFLICT',
      'expectedVersion',
    );
    fails(
      await attempt(SUBMIT, { submissionId: draft.id, expectedVersion: 1 }, w.reporter.token),
      'CONFLICT',
      'expectedVersion',
    );
    expect(saved.version).toBe(2);
    const submitted = await change(
      SUBMIT,
      { submissionId: draft.id, expectedVersion: saved.version },
      w.reporter.token,
    );
    refused(
      await attempt(SAVE, { ...key, values: [], expectedVersion: submitted.version }, w.reporter.token),
      'CONFLICT',
      'WRONG_STATUS',
    );
    refused(
      await attempt(SUBMIT, { submissionId: draft.id, expectedVersion: submitted.version }, w.reporter.token),
      'CONFLICT',
      'WRONG_STATUS',
    );
    fails(
      await attempt(
        RETURN,
        { submissionId: draft.id, expectedVersion: submitted.version, comment: '   ' },
        w.approver.token,
      ),
      'BAD_USER_INPUT',
    );
    const approved = await change(
      APPROVE,
      { submissionId: draft.id, expectedVersion: submitted.version },
      w.approver.token,
    );
    refused(
      await attempt(SUBMIT, { submissionId: draft.id, expectedVersion: approved.version }, w.reporter.token),
      'CONFLICT',
      'LOCKED',
    );
    refused(
      await attempt(
        RETURN,
        { submissionId: draft.id, expectedVersion: approved.version, comment: 'Trả lại' },
        w.approver.token,
      ),
      'CONFLICT',
      'LOCKED',
    );
  });

  it('refuses changes of an approved (locked) report, and stale reviews and corrections, writing nothing', async () => {
    const { w, key } = await setUp();
    const draft = await saveDraft(
      { ...key, values: [{ indicatorCode: 'MEDIATORS', value: 7 }] },
      w.reporter.token,
    );
    const submitted = await change(
      SUBMIT,
      { submissionId: draft.id, expectedVersion: draft.version },
      w.reporter.token,
    );
    // A stale review: CONFLICT on expectedVersion, with the current version.
    const staleApproval = await attempt(
      APPROVE,
      { submissionId: draft.id, expectedVersion: draft.version },
      w.approver.token,
    );
    fails(staleApproval, 'CONFLICT', 'expectedVersion');
    expect(staleApproval.errors![0]!.extensions!.currentVersion).toBe(submitted.version);
    fails(
      await attempt(
        RETURN,
        { submissionId: draft.id, expectedVersion: draft.version, comment: 'Trả lại' },
        w.approver.token,
      ),
      'CONFLICT',
      'expectedVersion',
    );
    const approved = await change(
      APPROVE,
      { submissionId: draft.id, expectedVersion: submitted.version },
      w.approver.token,
    );
    // The period's report is locked: a save of it, at its version or with none, is refused.
    for (const expectedVersion of [approved.version, null]) {
      refused(
        await attempt(
          SAVE,
          { ...key, values: [{ indicatorCode: 'MEDIATORS', value: 8 }], expectedVersion },
          w.reporter.token,
        ),
        'CONFLICT',
        'LOCKED',
      );
    }
    // A stale correction is refused before anything is opened.
    fails(
      await attempt(
        CORRECT,
        { submissionId: draft.id, expectedVersion: submitted.version, reason: 'Sai số liệu' },
        w.reporter.token,
      ),
      'CONFLICT',
      'expectedVersion',
    );
    const em = ts.orm.em.fork();
    const rows = await em.find(ReportSubmission, { form: dbId(key.formId) });
    expect(rows.map((r) => [r.status, r.version, r.current])).toEqual([['APPROVED', approved.version, true]]);
    const values = await em.find(ReportValue, {
      submission: dbId(draft.id),
      source: IndicatorSource.ENTERED,
    });
    expect(values.map((v) => v.value)).toEqual([7]);
  });

  it('checks no version when the client sends none (a first save, or a client that does not track it)', async () => {
    const { w, key } = await setUp();
    const first = await ts.gql<{ saveReportDraft: { submission: Sub } }>(
      `mutation($i: SaveReportDraftInput!) { saveReportDraft(input: $i) { submission { id version values { value indicator { code } } } } }`,
      { i: { ...key, values: [{ indicatorCode: 'MEDIATORS', value: 1 }] } },
      w.reporter.token,
    );
    expect(ok(first).saveReportDraft.submission.version).toBe(1);
    // Omitted again, and null: each save applies to the report as it is now.
    const second = await saveDraft(
      { ...key, values: [{ indicatorCode: 'MEDIATORS', value: 2 }], expectedVersion: null },
      w.reporter.token,
    );
    expect(second.version).toBe(2);
    const third = await ts.gql<{ saveReportDraft: { submission: Sub } }>(
      SAVE,
      { i: { ...key, values: [{ indicatorCode: 'MEDIATORS', value: 3 }] } },
      w.reporter.token,
    );
    const saved = ok(third).saveReportDraft.submission;
    expect(saved.version).toBe(3);
    expect(valuesOf(saved)).toEqual({ MEDIATORS: 3 });
    // Concurrent first saves of one report with no version: all succeed on one report, none lost.
    const { w: other, key: fresh } = await setUp();
    const many = await Promise.all(
      [1, 2, 3, 4].map((value) =>
        ts.gql<{ saveReportDraft: { submission: Sub } }>(
          SAVE,
          { i: { ...fresh, values: [{ indicatorCode: 'MEDIATORS', value }] } },
          other.reporter.token,
        ),
      ),
    );
    const subs = many.map((m) => ok(m).saveReportDraft.submission);
    expect(new Set(subs.map((sub) => sub.id)).size).toBe(1);
    expect(subs.map((sub) => sub.version).toSorted((a, b) => a - b)).toEqual([1, 2, 3, 4]);
  });

  it("refuses approving one's own submission, and reviews by anyone but the approver", async () => {
    const { w, key } = await setUp();
    const both = await makeUserWith(ts.orm, w.fronts[0]!.id, Role.MEMBER);
    await grantRole(ts.orm, both.user.id, w.provinceFront.id, Role.COORDINATOR);
    const draft = await saveDraft({ ...key }, both.token);
    const submitted = await change(
      SUBMIT,
      { submissionId: draft.id, expectedVersion: draft.version },
      both.token,
    );
    const input = { i: { submissionId: draft.id, expectedVersion: submitted.version } };
    refused(await ts.gql(APPROVE, input, both.token), 'FORBIDDEN', 'OWN_SUBMISSION');
    refused(
      await attempt(RETURN, { ...input.i, comment: 'Tự trả' }, both.token),
      'FORBIDDEN',
      'OWN_SUBMISSION',
    );
    fails(await ts.gql(APPROVE, input, w.reporter.token), 'FORBIDDEN');
    fails(await ts.gql(APPROVE, input, w.outsiderCoordinator.token), 'NOT_FOUND');
    const approved = await change(APPROVE, input.i, w.approver.token);
    expect(approved.status).toBe('APPROVED');
  });
});
