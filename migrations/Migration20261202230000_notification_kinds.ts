import { Migration } from '@mikro-orm/migrations';

/**
 * Every notification kind in one check: the petitions and situations modules
 * were built side by side, and each of their migrations listed only its own
 * new kinds beside the old ones.
 */
export class Migration20261202230000_notification_kinds extends Migration {

  override name = 'Migration20261202230000_notification_kinds';

  override up(): void | Promise<void> {
    this.addSql(`alter table "notification" drop constraint "notification_kind_check";`);
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check ("kind" in ('MEETING_SCHEDULED', 'MEETING_RESCHEDULED', 'MEETING_POSTPONED', 'MEETING_CANCELLED', 'MEETING_AGENDA_CHANGED', 'MEETING_REMINDER', 'MINUTES_REMINDER', 'TASK_ASSIGNED', 'TASK_UPDATED', 'TASK_URGED', 'TASK_DUE_SOON', 'TASK_OVERDUE', 'PROGRAM_UPDATED', 'PETITION_TRANSFERRED', 'PETITION_OVERDUE', 'COMPLEX_SITUATION'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "notification" drop constraint "notification_kind_check";`);
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check ("kind" in ('MEETING_SCHEDULED', 'MEETING_RESCHEDULED', 'MEETING_POSTPONED', 'MEETING_CANCELLED', 'MEETING_AGENDA_CHANGED', 'MEETING_REMINDER', 'MINUTES_REMINDER', 'TASK_ASSIGNED', 'TASK_UPDATED', 'TASK_URGED', 'TASK_DUE_SOON', 'TASK_OVERDUE', 'PROGRAM_UPDATED', 'PETITION_TRANSFERRED', 'PETITION_OVERDUE'));`);
  }

}
