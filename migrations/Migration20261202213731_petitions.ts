import { Migration } from '@mikro-orm/migrations';

/**
 * Petitions ("đơn thư", issue 15): the petition, its chain of handlers, its
 * petitioner apart (personal data) and its follow-up tasks; the notification
 * kind PETITION_TRANSFERRED.
 */
export class Migration20261202213731_petitions extends Migration {

  override name = 'Migration20261202213731_petitions';

  override up(): void | Promise<void> {
    this.addSql(`create table "petition" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" text not null, "channel" text not null, "received_on" date not null, "organization_id" uuid not null, "handler_id" uuid not null, "concerns_organization_id" uuid null, "area_id" uuid not null, "reception_meeting_id" uuid null, "subject" varchar(500) not null, "subject_key" varchar(500) not null, "summary" text null, "within_jurisdiction" boolean null, "complex" boolean not null default false, "status" text not null default 'RECEIVED', "accepted_on" date null, "due_on" date null, "extensions" smallint not null default 0, "outcome" text null, "closed_on" date null, "closing_reason" varchar(2000) null, "repeat_of_id" uuid null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "petition_organization_id_index" on "petition" ("organization_id");`);
    this.addSql(`create index "petition_area_id_index" on "petition" ("area_id");`);
    this.addSql(`create index "petition_repeat_of_id_index" on "petition" ("repeat_of_id");`);
    this.addSql(`create index "petition_subject_key_trgm" on "petition" using gin ("subject_key" gin_trgm_ops);`);
    this.addSql(`create index "petition_subject_key_received_on_index" on "petition" ("subject_key", "received_on");`);
    this.addSql(`create index "petition_handler_id_received_on_index" on "petition" ("handler_id", "received_on");`);

    this.addSql(`create table "petition_handler" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "petition_id" uuid not null, "organization_id" uuid not null, "started_on" date not null, "ended_on" date null, "note" varchar(2000) null, primary key ("id"));`);
    this.addSql(`create index "petition_handler_petition_id_index" on "petition_handler" ("petition_id");`);
    this.addSql(`create index "petition_handler_organization_id_index" on "petition_handler" ("organization_id");`);

    this.addSql(`create table "petition_petitioner" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "petition_id" uuid not null, "full_name" varchar(300) not null, "address" varchar(500) null, "phone" varchar(40) null, "identity_number" varchar(40) null, "name_key" varchar(300) not null, "phone_key" varchar(40) null, primary key ("id"));`);
    this.addSql(`alter table "petition_petitioner" add constraint "petition_petitioner_petition_id_unique" unique ("petition_id");`);
    this.addSql(`create index "petition_petitioner_name_key_phone_key_index" on "petition_petitioner" ("name_key", "phone_key");`);
    this.addSql(`create index "petition_petitioner_identity_number_index" on "petition_petitioner" ("identity_number");`);

    this.addSql(`create table "petition_task" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "petition_id" uuid not null, "task_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "petition_task_petition_id_index" on "petition_task" ("petition_id");`);
    this.addSql(`alter table "petition_task" add constraint "petition_task_task_id_unique" unique ("task_id");`);

    this.addSql(`alter table "notification" drop constraint "notification_kind_check";`);
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check ("kind" in ('MEETING_SCHEDULED', 'MEETING_RESCHEDULED', 'MEETING_POSTPONED', 'MEETING_CANCELLED', 'MEETING_AGENDA_CHANGED', 'MEETING_REMINDER', 'MINUTES_REMINDER', 'TASK_ASSIGNED', 'TASK_UPDATED', 'TASK_URGED', 'TASK_DUE_SOON', 'TASK_OVERDUE', 'PROGRAM_UPDATED', 'PETITION_TRANSFERRED'));`);

    this.addSql(`alter table "petition" add constraint "petition_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "petition" add constraint "petition_handler_id_foreign" foreign key ("handler_id") references "organization" ("id");`);
    this.addSql(`alter table "petition" add constraint "petition_concerns_organization_id_foreign" foreign key ("concerns_organization_id") references "organization" ("id") on delete set null;`);
    this.addSql(`alter table "petition" add constraint "petition_area_id_foreign" foreign key ("area_id") references "administrative_area" ("id");`);
    this.addSql(`alter table "petition" add constraint "petition_reception_meeting_id_foreign" foreign key ("reception_meeting_id") references "meeting" ("id") on delete set null;`);
    this.addSql(`alter table "petition" add constraint "petition_repeat_of_id_foreign" foreign key ("repeat_of_id") references "petition" ("id") on delete set null;`);
    this.addSql(`alter table "petition" add constraint "petition_kind_check" check ("kind" in ('COMPLAINT', 'DENUNCIATION', 'RECOMMENDATION', 'FEEDBACK'));`);
    this.addSql(`alter table "petition" add constraint "petition_channel_check" check ("channel" in ('IN_PERSON', 'POST', 'ONLINE', 'FORWARDED'));`);
    this.addSql(`alter table "petition" add constraint "petition_status_check" check ("status" in ('RECEIVED', 'CLASSIFIED', 'IN_PROGRESS', 'RESOLVED', 'TRANSFERRED', 'WITHDRAWN', 'FILED_NO_ACTION'));`);

    this.addSql(`alter table "petition_handler" add constraint "petition_handler_petition_id_foreign" foreign key ("petition_id") references "petition" ("id");`);
    this.addSql(`alter table "petition_handler" add constraint "petition_handler_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);

    this.addSql(`alter table "petition_petitioner" add constraint "petition_petitioner_petition_id_foreign" foreign key ("petition_id") references "petition" ("id");`);

    this.addSql(`alter table "petition_task" add constraint "petition_task_petition_id_foreign" foreign key ("petition_id") references "petition" ("id");`);
    this.addSql(`alter table "petition_task" add constraint "petition_task_task_id_foreign" foreign key ("task_id") references "task" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "petition" drop constraint "petition_repeat_of_id_foreign";`);
    this.addSql(`alter table "petition_handler" drop constraint "petition_handler_petition_id_foreign";`);
    this.addSql(`alter table "petition_petitioner" drop constraint "petition_petitioner_petition_id_foreign";`);
    this.addSql(`alter table "petition_task" drop constraint "petition_task_petition_id_foreign";`);

    this.addSql(`drop table if exists "petition" cascade;`);
    this.addSql(`drop table if exists "petition_handler" cascade;`);
    this.addSql(`drop table if exists "petition_petitioner" cascade;`);
    this.addSql(`drop table if exists "petition_task" cascade;`);

    this.addSql(`alter table "notification" drop constraint "notification_kind_check";`);
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check ("kind" in ('MEETING_SCHEDULED', 'MEETING_RESCHEDULED', 'MEETING_POSTPONED', 'MEETING_CANCELLED', 'MEETING_AGENDA_CHANGED', 'MEETING_REMINDER', 'MINUTES_REMINDER', 'TASK_ASSIGNED', 'TASK_UPDATED', 'TASK_URGED', 'TASK_DUE_SOON', 'TASK_OVERDUE', 'PROGRAM_UPDATED'));`);
  }

}
