import { Migration } from '@mikro-orm/migrations';

/**
 * Views modules offer each other's SQL (view entities): the access module's
 * role holders and the notifications module's reminder lead times, read by
 * the tasks and meetings modules' reminder sources instead of the owners'
 * tables (docs/decisions/012-reminder-schedule.md).
 */
export class Migration20261202214049_module_views extends Migration {

  override name = 'Migration20261202214049_module_views';

  override up(): void | Promise<void> {
    this.addSql(`create view "role_holder" as select g.id as grant_id, g.organization_id, u.person_id from role_grant g join app_user u on u.id = g.user_id
    where not u.disabled and g.valid_from <= now() and (g.valid_to is null or g.valid_to > now());`);

    this.addSql(`create view "reminder_preference" as select person_id, task_due_soon_days, meeting_reminder_lead_minutes from notification_preference;`);

    this.addSql(`create view "reminder_lead_in_use" as select kind, value from reminder_lead;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop view if exists "reminder_lead_in_use" cascade;`);
    this.addSql(`drop view if exists "reminder_preference" cascade;`);
    this.addSql(`drop view if exists "role_holder" cascade;`);
  }

}
