import { Migration } from '@mikro-orm/migrations';

/**
 * Overdue petition reminders: open petitions by due date (the reminder
 * window's index range) and the notification kind PETITION_OVERDUE.
 */
export class Migration20261202223000_petition_reminders extends Migration {

  override name = 'Migration20261202223000_petition_reminders';

  override up(): void | Promise<void> {
    this.addSql(`create index "petition_open_due_on" on "petition" ("due_on") where "status" in ('CLASSIFIED', 'IN_PROGRESS');`);
    this.addSql(`alter table "notification" drop constraint "notification_kind_check";`);
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check ("kind" in ('MEETING_SCHEDULED', 'MEETING_RESCHEDULED', 'MEETING_POSTPONED', 'MEETING_CANCELLED', 'MEETING_AGENDA_CHANGED', 'MEETING_REMINDER', 'MINUTES_REMINDER', 'TASK_ASSIGNED', 'TASK_UPDATED', 'TASK_URGED', 'TASK_DUE_SOON', 'TASK_OVERDUE', 'PROGRAM_UPDATED', 'PETITION_TRANSFERRED', 'PETITION_OVERDUE'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "petition_open_due_on";`);
    this.addSql(`alter table "notification" drop constraint "notification_kind_check";`);
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check ("kind" in ('MEETING_SCHEDULED', 'MEETING_RESCHEDULED', 'MEETING_POSTPONED', 'MEETING_CANCELLED', 'MEETING_AGENDA_CHANGED', 'MEETING_REMINDER', 'MINUTES_REMINDER', 'TASK_ASSIGNED', 'TASK_UPDATED', 'TASK_URGED', 'TASK_DUE_SOON', 'TASK_OVERDUE', 'PROGRAM_UPDATED', 'PETITION_TRANSFERRED'));`);
  }

}
