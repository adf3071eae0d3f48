import { Migration } from '@mikro-orm/migrations';

/**
 * Reminders that scale with what changes (docs/decisions/012-reminder-schedule.md):
 * the scheduler's watermark, the queue of tasks and meetings changed since its
 * last tick, and an index on meetings' end for the minutes reminder.
 */
export class Migration20261202165702_reminder_schedule extends Migration {

  override name = 'Migration20261202165702_reminder_schedule';

  override up(): void | Promise<void> {
    this.addSql(`create table "reminder_recheck" ("subject_type" varchar(20) not null, "subject_id" uuid not null, primary key ("subject_type", "subject_id"));`);

    this.addSql(`create table "reminder_watermark" ("name" varchar(40) not null, "sent_through" timestamptz not null, primary key ("name"));`);

    this.addSql(`create index "meeting_ends_at_index" on "meeting" ("ends_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "reminder_recheck" cascade;`);
    this.addSql(`drop table if exists "reminder_watermark" cascade;`);

    this.addSql(`drop index "meeting_ends_at_index";`);
  }

}
