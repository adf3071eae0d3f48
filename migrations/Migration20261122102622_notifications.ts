import { Migration } from '@mikro-orm/migrations';

export class Migration20261122102622_notifications extends Migration {

  override name = 'Migration20261122102622_notifications';

  override up(): void | Promise<void> {
    this.addSql(`create table "notification_preference" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "person_id" uuid not null, "muted_kinds" text[] not null, "meeting_reminder_lead_minutes" jsonb not null, "task_due_soon_days" int not null default 3, primary key ("id"));`);
    this.addSql(`alter table "notification_preference" add constraint "notification_preference_person_id_unique" unique ("person_id");`);

    this.addSql(`create table "notification" ("id" uuid not null, "recipient_id" uuid not null, "kind" text not null, "title" varchar(500) not null, "body" text null, "subject_type" varchar(40) not null, "subject_id" uuid not null, "organization_id" uuid null, "txid" bigint not null default ((pg_current_xact_id())::text)::bigint, "created_at" timestamptz not null default now(), "read_at" timestamptz null, "dedupe_key" varchar(200) null, primary key ("id"));`);
    this.addSql(`alter table "notification" add constraint "notification_dedupe_key_unique" unique ("dedupe_key");`);
    this.addSql(`create index "notification_recipient_id_txid_id_index" on "notification" ("recipient_id", "txid", "id");`);

    this.addSql(`alter table "notification_preference" add constraint "notification_preference_person_id_foreign" foreign key ("person_id") references "person" ("id");`);

    this.addSql(`alter table "notification" add constraint "notification_recipient_id_foreign" foreign key ("recipient_id") references "person" ("id");`);
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check ("kind" in ('MEETING_SCHEDULED', 'MEETING_RESCHEDULED', 'MEETING_POSTPONED', 'MEETING_CANCELLED', 'MEETING_AGENDA_CHANGED', 'MEETING_REMINDER', 'MINUTES_REMINDER', 'TASK_ASSIGNED', 'TASK_UPDATED', 'TASK_URGED', 'TASK_DUE_SOON', 'TASK_OVERDUE', 'PROGRAM_UPDATED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "notification_preference" cascade;`);
    this.addSql(`drop table if exists "notification" cascade;`);
  }

}
