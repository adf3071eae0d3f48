import { Migration } from '@mikro-orm/migrations';

/**
 * The reminder lead times in use (docs/decisions/012-reminder-schedule.md),
 * filled from the preferences saved so far.
 */
export class Migration20261202171824_reminder_lead extends Migration {

  override name = 'Migration20261202171824_reminder_lead';

  override up(): void | Promise<void> {
    this.addSql(`create table "reminder_lead" ("kind" varchar(20) not null, "value" int not null, primary key ("kind", "value"));`);
    this.addSql(`insert into "reminder_lead" ("kind", "value")
      select distinct 'MEETING', (jsonb_array_elements_text("meeting_reminder_lead_minutes"))::int from "notification_preference"
      union select distinct 'TASK', "task_due_soon_days" from "notification_preference";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "reminder_lead" cascade;`);
  }

}
