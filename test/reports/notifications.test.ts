/**
 * Who hears about periodic reports (issue 16): the approver's people when a report is submitted,
 * the reporting organization's people and the submitter when it is returned (with the comment),
 * and the people of organizations that have not reported, before the deadline and after it.
 */
import { describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../server/core/scalars.js';
import { inSystemTransaction } from '../../server/core/transaction.js';
import { Notification, NotificationKind } from '../../server/modules/notifications/notification.entity.js';
import { addDays } from '../../server/modules/reports/periods.js';
import { REPORT_DUE_SOON_DAYS, reportReminders } from '../../server/modules/reports/report.reminders.js';
import { PeriodType } from '../../server/modules/reports/report.enums.js';
import { Role } from '../../server/core/access.js';
import { gid, makeUserWith } from '../helpers/factories.js';
import { dbId } from '../helpers/results.js';
import {
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

const inbox = (personId: string, kind: NotificationKind) =>
  ts.orm.em.fork().find(Notification, { recipient: personId, kind }, { orderBy: { createdAt: 'asc' } });

/** Days from ISO date `a` to `b`. */
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

describe('live notifications of a report', () => {
  it('tells the approver on submission and the reporter on return, with the comment', async () => {
    const w = await makeReportWorld(1);
    const form = await makeForm(w.em, { codes: ['MEDIATORS'] });
    const year = endedPeriod(PeriodType.YEAR);
    const draft = await saveDraft(
      { formId: formGid(form), organizationId: gid.org(w.fronts[0]!), periodKey: year.key },
      w.reporter.token,
    );
    const submitted = await change(
      SUBMIT,
      { submissionId: draft.id, expectedVersion: draft.version },
      w.reporter.token,
    );
    const toApprover = await inbox(w.approver.person.id, NotificationKind.REPORT_SUBMITTED);
    expect(toApprover.map((n) => [n.title, n.subjectType, n.subjectId])).toEqual([
      [`Báo cáo chờ duyệt: ${form.name} kỳ ${year.key}`, 'ReportSubmission', dbId(draft.id)],
    ]);
    expect(await inbox(w.reporter.person.id, NotificationKind.REPORT_SUBMITTED)).toEqual([]);

    await change(
      RETURN,
      { submissionId: draft.id, expectedVersion: submitted.version, comment: 'Bổ sung số liệu quý IV' },
      w.approver.token,
    );
    const toReporter = await inbox(w.reporter.person.id, NotificationKind.REPORT_RETURNED);
    expect(toReporter.map((n) => [n.title, n.body])).toEqual([
      [`Báo cáo bị trả lại: ${form.name} kỳ ${year.key}`, 'Bổ sung số liệu quý IV'],
    ]);
    expect(await inbox(w.approver.person.id, NotificationKind.REPORT_RETURNED)).toEqual([]);
  });
});

describe('reminders of reports not submitted', () => {
  it('reminds before the deadline and the day after it, once, and not those who submitted', async () => {
    const w = await makeReportWorld(2);
    const month = endedPeriod(PeriodType.MONTH);
    const today = todayInVietnam();
    // One form due in REPORT_DUE_SOON_DAYS days, one due yesterday (overdue today).
    const soon = await makeForm(w.em, {
      codes: ['MEDIATORS'],
      periodType: PeriodType.MONTH,
      deadlineDays: daysBetween(month.end, addDays(today, REPORT_DUE_SOON_DAYS)),
    });
    const late = await makeForm(w.em, {
      codes: ['MEDIATORS'],
      periodType: PeriodType.MONTH,
      deadlineDays: daysBetween(month.end, addDays(today, -1)),
    });
    // The first commune reports on the late form; the second does not.
    const draft = await saveDraft(
      { formId: formGid(late), organizationId: gid.org(w.fronts[0]!), periodKey: month.key },
      w.reporter.token,
    );
    await change(SUBMIT, { submissionId: draft.id, expectedVersion: draft.version }, w.reporter.token);
    const second = await makeUserWith(ts.orm, w.fronts[1]!.id, Role.MEMBER);

    const tick = { now: new Date(), since: new Date(Date.now() - 86_400_000), changed: [] };
    const run = () => inSystemTransaction(ts.orm.em, ts.pubsub, (em) => reportReminders(em, ts.pubsub, tick));
    await run();
    await run(); // exactly once

    const dueSoon = await inbox(second.person.id, NotificationKind.REPORT_DUE_SOON);
    expect(dueSoon.map((n) => [n.subjectId, n.organizationId])).toEqual([[soon.id, w.fronts[1]!.id]]);
    const overdue = await inbox(second.person.id, NotificationKind.REPORT_OVERDUE);
    expect(overdue.map((n) => [n.subjectId, n.organizationId])).toEqual([[late.id, w.fronts[1]!.id]]);
    expect(overdue[0]!.title).toContain(`kỳ ${month.key}`);
    // The first commune submitted the late form: reminded of the other one only.
    expect(await inbox(w.reporter.person.id, NotificationKind.REPORT_OVERDUE)).toEqual([]);
    expect(
      (await inbox(w.reporter.person.id, NotificationKind.REPORT_DUE_SOON)).map((n) => n.subjectId),
    ).toEqual([soon.id]);
  });
});
