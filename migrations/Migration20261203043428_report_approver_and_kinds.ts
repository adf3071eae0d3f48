import { Migration } from '@mikro-orm/migrations';

/** Reports (issue 16): the approver kept on each submission; the reports' notification kinds. */
export class Migration20261203043428_report_approver_and_kinds extends Migration {

  override name = 'Migration20261203043428_report_approver_and_kinds';

  override up(): void | Promise<void> {
    this.addSql(`alter table "notification" drop constraint "notification_kind_check";`);
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check ("kind" in ('MEETING_SCHEDULED', 'MEETING_RESCHEDULED', 'MEETING_POSTPONED', 'MEETING_CANCELLED', 'MEETING_AGENDA_CHANGED', 'MEETING_REMINDER', 'MINUTES_REMINDER', 'TASK_ASSIGNED', 'TASK_UPDATED', 'TASK_URGED', 'TASK_DUE_SOON', 'TASK_OVERDUE', 'PROGRAM_UPDATED', 'PETITION_TRANSFERRED', 'PETITION_OVERDUE', 'COMPLEX_SITUATION', 'REPORT_SUBMITTED', 'REPORT_RETURNED', 'REPORT_DUE_SOON', 'REPORT_OVERDUE'));`);

    this.addSql(`alter table "report_submission" add "approver_id" uuid null;`);
    this.addSql(`alter table "report_submission" add constraint "report_submission_approver_id_foreign" foreign key ("approver_id") references "organization" ("id") on delete set null;`);
    this.addSql(`create index "report_submission_approver_id_index" on "report_submission" ("approver_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "report_submission" drop constraint "report_submission_approver_id_foreign";`);

    this.addSql(`alter table "notification" drop constraint "notification_kind_check";`);
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check ("kind" in ('MEETING_SCHEDULED', 'MEETING_RESCHEDULED', 'MEETING_POSTPONED', 'MEETING_CANCELLED', 'MEETING_AGENDA_CHANGED', 'MEETING_REMINDER', 'MINUTES_REMINDER', 'TASK_ASSIGNED', 'TASK_UPDATED', 'TASK_URGED', 'TASK_DUE_SOON', 'TASK_OVERDUE', 'PROGRAM_UPDATED', 'PETITION_TRANSFERRED', 'PETITION_OVERDUE', 'COMPLEX_SITUATION'));`);

    this.addSql(`drop index "report_submission_approver_id_index";`);
    this.addSql(`alter table "report_submission" drop column "approver_id";`);
  }

}
