import type { EntityManager } from '@mikro-orm/postgresql';
import type { PubSub } from '../../core/pubsub.js';
import { todayInVietnam } from '../../core/scalars.js';
import { NotificationKind } from '../notifications/notification.entity.js';
import {
  addReminderSource,
  notifyGroups,
  type Remind,
  type ReminderTick,
} from '../notifications/reminders/reminder-source.js';
import { addDays, dueDate, periodContaining, type ReportingPeriod } from './periods.js';
import { ReportForm } from './report-form.entity.js';
import { SubmissionStatus } from './report.enums.js';
import { IN_FORM_SCOPE } from './report.repository.js';

/** Days before the deadline when the reporters are reminded. */
export const REPORT_DUE_SOON_DAYS = 3;

/** A form's period whose reminder moment falls in a tick. */
interface DuePeriod {
  form: ReportForm;
  period: ReportingPeriod;
  dueOn: string;
  kind: typeof NotificationKind.REPORT_DUE_SOON | typeof NotificationKind.REPORT_OVERDUE;
}

/** The periods of `form` due in `[from, to]` (ISO days), in order. */
function periodsDueBetween(
  form: ReportForm,
  from: string,
  to: string,
): { period: ReportingPeriod; dueOn: string }[] {
  const out: { period: ReportingPeriod; dueOn: string }[] = [];
  let period = periodContaining(form.periodType, addDays(from, -form.deadlineDays));
  for (let guard = 0; guard < 400; guard++) {
    const dueOn = dueDate(period, form.deadlineDays);
    if (dueOn > to) break;
    if (dueOn >= from) out.push({ period, dueOn });
    period = periodContaining(form.periodType, addDays(period.end, 1));
  }
  return out;
}

/**
 * The form periods with a reminder moment in the tick's days `(since, today]`:
 * due soon when the deadline is `REPORT_DUE_SOON_DAYS` away, overdue the day
 * after it. The first tick ever looks back one day only (no flood of history).
 */
export async function duePeriods(em: EntityManager, tick: ReminderTick): Promise<DuePeriod[]> {
  const today = todayInVietnam(tick.now);
  const since = tick.since ? todayInVietnam(tick.since) : addDays(today, -1);
  if (since >= today) return [];
  const forms = await em.find(ReportForm, { active: true });
  const out: DuePeriod[] = [];
  for (const form of forms) {
    const soon = periodsDueBetween(
      form,
      addDays(since, 1 + REPORT_DUE_SOON_DAYS),
      addDays(today, REPORT_DUE_SOON_DAYS),
    );
    for (const p of soon) out.push({ form, ...p, kind: NotificationKind.REPORT_DUE_SOON });
    for (const p of periodsDueBetween(form, since, addDays(today, -1))) {
      out.push({ form, ...p, kind: NotificationKind.REPORT_OVERDUE });
    }
  }
  return out;
}

interface Row {
  organization_id: string;
  person_id: string;
}

/**
 * The role holders of the organizations the form requires (in its scope, still existing)
 * that have not submitted a report for the period: one statement per form period.
 */
const UNSUBMITTED = `
  select o.id as organization_id, r.person_id
    from report_form_requirement q
    join organization o on o.kind = q.organization_kind and (o.ended_on is null or o.ended_on > ?::date)
    join administrative_area a on a.id = o.area_id and a.level = q.area_level
    join report_form f on f.id = q.form_id
    join role_holder r on r.organization_id = o.id
   where q.form_id = ? and ${IN_FORM_SCOPE('f', 'o')}
     and not exists (select 1 from report_submission s
                      where s.form_id = q.form_id and s.organization_id = o.id and s.period_key = ?
                        and s.status in ('${SubmissionStatus.SUBMITTED}', '${SubmissionStatus.APPROVED}'))`;

/** The reminders of a form's period, one per organization and person. */
function send(em: EntityManager, pubsub: PubSub, due: DuePeriod, rows: Row[]): Promise<number> {
  const overdue = due.kind === NotificationKind.REPORT_OVERDUE;
  return notifyGroups(
    em,
    pubsub,
    rows,
    (r) => r.organization_id,
    (row) => ({
      kind: due.kind,
      title: `${overdue ? 'Báo cáo quá hạn chưa gửi' : 'Sắp đến hạn gửi báo cáo'}: ${due.form.name} kỳ ${due.period.key} (hạn ${due.dueOn})`,
      subjectType: 'ReportForm',
      subjectId: due.form.id,
      organizationId: row.organization_id,
      dedupeKey: `report-${overdue ? 'overdue' : 'due-soon'}:${due.form.id}:${row.organization_id}:${due.period.key}`,
    }),
  );
}

/**
 * Reminders of periodic reports to the role holders of each organization
 * required to report that has not submitted: `REPORT_DUE_SOON_DAYS` before
 * the deadline and the day after it, once per form, organization, period and person.
 */
export const reportReminders: Remind = async (em, pubsub, tick) => {
  let written = 0;
  for (const due of await duePeriods(em, tick)) {
    const rows = await em.execute<Row[]>(UNSUBMITTED, [due.period.end, due.form.id, due.period.key]);
    written += await send(em, pubsub, due, rows);
  }
  return written;
};

/** Every tick sends the report reminders; a submission changes who is still to be reminded, read at the next tick. */
addReminderSource({
  subjectType: 'ReportSubmission',
  changedOn: 'REPORT_CHANGED',
  subjectOf: (change) => change.submissionId,
  remind: reportReminders,
});
