import { Migration } from '@mikro-orm/migrations';

export class Migration20261122100613_notifications extends Migration {

  override name = 'Migration20261122100613_notifications';

  override up(): void | Promise<void> {
    this.addSql(`alter table "notification_preference" alter column "meeting_reminder_lead_minutes" type jsonb using ("meeting_reminder_lead_minutes"::jsonb);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "notification_preference" alter column "meeting_reminder_lead_minutes" type text[] using ("meeting_reminder_lead_minutes"::text[]);`);
  }

}
