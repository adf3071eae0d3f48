/**
 * A periodic report's life (issue 16): a commune's Front saves a draft, submits it (the counted
 * values frozen from the records at that moment), the province's Front returns it with a comment
 * or approves it (locked), and a correction opens a new version while the approved one stays
 * readable; every change is audited.
 */
import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/core/ids.js';
import { AuditRecord } from '../../server/modules/audit/audit-record.entity.js';
import { Meeting } from '../../server/modules/meetings/meeting.entity.js';
import { MeetingKind, MeetingStatus } from '../../server/modules/meetings/meeting.enums.js';
import { PeriodType } from '../../server/modules/reports/report.enums.js';
import { gid } from '../helpers/factories.js';
import { dbId, fails, ok } from '../helpers/results.js';
import {
  APPROVE,
  change,
  CORRECT,
  endedPeriod,
  formGid,
  makeForm,
  makeReportWorld,
  RETURN,
  SAVE,
  saveDraft,
  type Sub,
  SUBMISSION,
  SUBMIT,
  ts,
  useReportsServer,
  valuesOf,
} from '../helpers/reports.js';

useReportsServer();

const CODES = [
  'DIALOGUES_HELD',
  'PROPAGANDA_SESSIONS',
  'PROPAGANDA_PARTICIPANTS',
  'MEDIATION_TEAMS',
  'MEDIATORS',
];
const year = endedPeriod(PeriodType.YEAR);

/** A dialogue with the people held by `organizationId` on `day` (noon, Vietnam). */
async function dialogue(organizationId: string, day: string) {
  const em = ts.orm.em.fork();
  em.create(Meeting, {
    organization: organizationId,
    kind: MeetingKind.DIALOGUE_WITH_PEOPLE,
    title: 'Đối thoại với Nhân dân',
    startsAt: new Date(`${day}T05:00:00Z`),
    endsAt: new Date(`${day}T07:00:00Z`),
    status: MeetingStatus.HELD,
  });
  await em.flush();
}

async function setUp() {
  const w = await makeReportWorld(1);
  const form = await makeForm(w.em, { codes: CODES });
  const key = { formId: formGid(form), organizationId: gid.org(w.fronts[0]!), periodKey: year.key };
  return { w, form, key };
}

describe('a report from draft to approval', () => {
  it('saves typed values, freezes counted ones on submission, and is approved by the Front above', async () => {
    const { w, form, key } = await setUp();
    await dialogue(w.fronts[0]!.id, year.start);
    await dialogue(w.fronts[0]!.id, year.end);
    await dialogue(w.fronts[0]!.id, `${Number(year.key) + 1}-01-05`); // after the period: not counted
    const draft = await saveDraft(
      {
        ...key,
        values: [
          { indicatorCode: 'PROPAGANDA_SESSIONS', value: 12 },
          { indicatorCode: 'PROPAGANDA_PARTICIPANTS', value: 830 },
        ],
      },
      w.reporter.token,
    );
    expect(draft).toMatchObject({
      status: 'DRAFT',
      revision: 1,
      current: true,
      version: 1,
      periodKey: year.key,
      dueOn: expect.any(String),
      approver: { id: gid.org(w.provinceFront) },
      viewerCan: { edit: true, review: false },
    });
    expect(valuesOf(draft)).toEqual({ PROPAGANDA_SESSIONS: 12, PROPAGANDA_PARTICIPANTS: 830 });

    const edited = await saveDraft(
      {
        ...key,
        expectedVersion: 1,
        values: [
          { indicatorCode: 'PROPAGANDA_SESSIONS', value: 14 },
          { indicatorCode: 'PROPAGANDA_PARTICIPANTS', value: null },
          { indicatorCode: 'MEDIATION_TEAMS', value: 2 },
          { indicatorCode: 'MEDIATORS', value: 9 },
        ],
      },
      w.reporter.token,
    );
    expect(edited).toMatchObject({ id: draft.id, version: 2 });
    expect(valuesOf(edited)).toEqual({ PROPAGANDA_SESSIONS: 14, MEDIATION_TEAMS: 2, MEDIATORS: 9 });

    const submitted = await change(SUBMIT, { submissionId: draft.id, expectedVersion: 2 }, w.reporter.token);
    expect(submitted.status).toBe('SUBMITTED');
    expect(valuesOf(submitted)).toEqual({
      DIALOGUES_HELD: 2,
      PROPAGANDA_SESSIONS: 14,
      MEDIATION_TEAMS: 2,
      MEDIATORS: 9,
    });
    expect(submitted.values.find((v) => v.indicator.code === 'DIALOGUES_HELD')!.source).toBe('COUNTED');

    // A record added after submission leaves the frozen value alone.
    await dialogue(w.fronts[0]!.id, year.start);
    const approved = await change(
      APPROVE,
      { submissionId: draft.id, expectedVersion: submitted.version },
      w.approver.token,
    );
    expect(approved).toMatchObject({ status: 'APPROVED', viewerCan: { edit: true, review: true } });
    expect(valuesOf(approved).DIALOGUES_HELD).toBe(2);
    expect(form.id).toBe(dbId(approved.form.id));

    // Locked: neither edited nor approved again.
    const locked = await ts.gql(
      SAVE,
      { i: { ...key, values: [], expectedVersion: approved.version } },
      w.reporter.token,
    );
    fails(locked, 'CONFLICT');
    expect(locked.errors![0]!.extensions!.reason).toBe('LOCKED');
    const again = await ts.gql(
      APPROVE,
      { i: { submissionId: draft.id, expectedVersion: approved.version } },
      w.approver.token,
    );
    expect(again.errors![0]!.extensions!.reason).toBe('LOCKED');
  });

  it('returns a submitted report with a comment; the reporter edits and submits it again', async () => {
    const { w, key } = await setUp();
    const draft = await saveDraft(
      { ...key, values: [{ indicatorCode: 'MEDIATORS', value: 3 }] },
      w.reporter.token,
    );
    const submitted = await change(
      SUBMIT,
      { submissionId: draft.id, expectedVersion: draft.version },
      w.reporter.token,
    );
    const returned = await change(
      RETURN,
      { submissionId: draft.id, expectedVersion: submitted.version, comment: 'Bổ sung số tổ hòa giải' },
      w.approver.token,
    );
    expect(returned).toMatchObject({ status: 'RETURNED', returnComment: 'Bổ sung số tổ hòa giải' });
    const fixed = await saveDraft(
      { ...key, expectedVersion: returned.version, values: [{ indicatorCode: 'MEDIATION_TEAMS', value: 1 }] },
      w.reporter.token,
    );
    expect(fixed.status).toBe('RETURNED');
    const resubmitted = await change(
      SUBMIT,
      { submissionId: draft.id, expectedVersion: fixed.version },
      w.reporter.token,
    );
    expect(resubmitted.status).toBe('SUBMITTED');
    expect(valuesOf(resubmitted)).toEqual({ DIALOGUES_HELD: 0, MEDIATORS: 3, MEDIATION_TEAMS: 1 });
  });
});

describe('a correction of an approved report', () => {
  it('is a new version with the reason; the approved one stays readable and the new one replaces it once approved', async () => {
    const { w, key } = await setUp();
    const draft = await saveDraft(
      { ...key, values: [{ indicatorCode: 'PROPAGANDA_SESSIONS', value: 5 }] },
      w.reporter.token,
    );
    const submitted = await change(
      SUBMIT,
      { submissionId: draft.id, expectedVersion: draft.version },
      w.reporter.token,
    );
    const approved = await change(
      APPROVE,
      { submissionId: draft.id, expectedVersion: submitted.version },
      w.approver.token,
    );

    const stale = await ts.gql(
      CORRECT,
      { i: { submissionId: draft.id, expectedVersion: approved.version - 1, reason: 'Sai số' } },
      w.reporter.token,
    );
    fails(stale, 'CONFLICT', 'expectedVersion');

    const correction = await change(
      CORRECT,
      {
        submissionId: draft.id,
        expectedVersion: approved.version,
        reason: 'Số buổi tuyên truyền bị ghi thiếu',
      },
      w.reporter.token,
    );
    expect(correction).toMatchObject({
      status: 'DRAFT',
      revision: 2,
      current: true,
      correctionReason: 'Số buổi tuyên truyền bị ghi thiếu',
      corrects: { id: draft.id, status: 'APPROVED', current: false, revision: 1 },
    });
    expect(valuesOf(correction)).toEqual({ PROPAGANDA_SESSIONS: 5 });
    // A second correction of the replaced version is refused.
    const twice = await ts.gql(
      CORRECT,
      { i: { submissionId: draft.id, expectedVersion: approved.version + 1, reason: 'Lần nữa' } },
      w.reporter.token,
    );
    fails(twice, 'CONFLICT');

    const saved = await saveDraft(
      {
        ...key,
        expectedVersion: correction.version,
        values: [{ indicatorCode: 'PROPAGANDA_SESSIONS', value: 7 }],
      },
      w.reporter.token,
    );
    expect(saved.id).toBe(correction.id);
    const resubmitted = await change(
      SUBMIT,
      { submissionId: saved.id, expectedVersion: saved.version },
      w.reporter.token,
    );
    await change(APPROVE, { submissionId: saved.id, expectedVersion: resubmitted.version }, w.approver.token);

    const old = await ts.gql<{ reportSubmission: Sub }>(
      `query($id: ID!) { reportSubmission(id: $id) { ${SUBMISSION} } }`,
      { id: draft.id },
      w.reporter.token,
    );
    expect(ok(old).reportSubmission).toMatchObject({ status: 'APPROVED', current: false, revision: 1 });
    expect(valuesOf(ok(old).reportSubmission)).toEqual({ DIALOGUES_HELD: 0, PROPAGANDA_SESSIONS: 5 });

    const list = await ts.gql<{ reportSubmissions: { edges: { node: { id: string; revision: number } }[] } }>(
      'query($f: ReportSubmissionFilter) { reportSubmissions(filter: $f) { edges { node { id revision } } } }',
      { f: { formId: key.formId, includeReplaced: true } },
      w.reporter.token,
    );
    expect(
      ok(list)
        .reportSubmissions.edges.map((e) => e.node.revision)
        .toSorted(),
    ).toEqual([1, 2]);
  });
});

describe('the audit log', () => {
  it('records every change of a report under its organization', async () => {
    const { w, key } = await setUp();
    const draft = await saveDraft(
      { ...key, values: [{ indicatorCode: 'MEDIATORS', value: 4 }] },
      w.reporter.token,
    );
    const submitted = await change(
      SUBMIT,
      { submissionId: draft.id, expectedVersion: draft.version },
      w.reporter.token,
    );
    await change(
      RETURN,
      { submissionId: draft.id, expectedVersion: submitted.version, comment: 'Xem lại' },
      w.approver.token,
    );
    const records = await ts.orm.em
      .fork()
      .find(AuditRecord, { recordIds: { $overlap: [dbId(draft.id)] } }, { orderBy: { occurredAt: 'asc' } });
    expect(records.map((r) => r.operation)).toEqual(['saveReportDraft', 'submitReport', 'returnReport']);
    expect(records.every((r) => r.organizationIds.includes(w.fronts[0]!.id))).toBe(true);
    expect(toGlobalId('ReportSubmission', dbId(draft.id))).toBe(draft.id);
  });
});
