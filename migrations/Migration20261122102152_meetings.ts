import { Migration } from '@mikro-orm/migrations';

export class Migration20261122102152_meetings extends Migration {

  override name = 'Migration20261122102152_meetings';

  override up(): void | Promise<void> {
    this.addSql(`create table "meeting_series" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "kind" text not null, "title" varchar(500) not null, "description" text null, "place" varchar(500) null, "online_url" varchar(2000) null, "program_id" uuid null, "rule" varchar(500) not null, "starts_at" timestamptz not null, "time_zone" varchar(64) not null, "duration_minutes" int not null, "count" int null, "until_at" timestamptz null, "sequence" int not null default 0, "split_from_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "meeting_series_organization_id_index" on "meeting_series" ("organization_id");`);

    this.addSql(`create table "meeting" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "series_id" uuid null, "series_index" int null, "original_start" timestamptz null, "is_exception" boolean not null default false, "organization_id" uuid not null, "kind" text not null, "title" varchar(500) not null, "description" text null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "place" varchar(500) null, "online_url" varchar(2000) null, "program_id" uuid null, "status" text not null default 'SCHEDULED', "status_reason" varchar(2000) null, "citizen_count" int null, "sequence" int not null default 0, "started_at" timestamptz null, "closed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "meeting_program_id_index" on "meeting" ("program_id");`);
    this.addSql(`create index "meeting_organization_id_starts_at_index" on "meeting" ("organization_id", "starts_at");`);
    this.addSql(`create index "meeting_starts_at_ends_at_index" on "meeting" ("starts_at", "ends_at");`);
    this.addSql(`alter table "meeting" add constraint "meeting_series_id_series_index_unique" unique ("series_id", "series_index");`);

    this.addSql(`create table "meeting_chair" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "meeting_id" uuid not null, "person_id" uuid not null, "role" text not null, "position" int not null default 0, primary key ("id"));`);
    this.addSql(`create index "meeting_chair_meeting_id_index" on "meeting_chair" ("meeting_id");`);
    this.addSql(`create index "meeting_chair_person_id_index" on "meeting_chair" ("person_id");`);
    this.addSql(`alter table "meeting_chair" add constraint "meeting_chair_meeting_id_person_id_unique" unique ("meeting_id", "person_id");`);

    this.addSql(`create table "meeting_conclusion" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "meeting_id" uuid not null, "position" int not null, "text" text not null, "task_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "meeting_conclusion_meeting_id_index" on "meeting_conclusion" ("meeting_id");`);
    this.addSql(`alter table "meeting_conclusion" add constraint "meeting_conclusion_task_id_unique" unique ("task_id");`);

    this.addSql(`create table "meeting_agenda_item" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "meeting_id" uuid not null, "position" int not null, "title" varchar(500) not null, "presenter_organization_id" uuid null, "presenter_person_id" uuid null, "duration_minutes" int not null, "program_id" uuid null, "task_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "meeting_agenda_item_meeting_id_index" on "meeting_agenda_item" ("meeting_id");`);

    this.addSql(`create table "meeting_minutes" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "meeting_id" uuid not null, "text" text not null, "status" text not null default 'DRAFT', "approved_at" timestamptz null, "approved_by_id" uuid null, primary key ("id"));`);
    this.addSql(`alter table "meeting_minutes" add constraint "meeting_minutes_meeting_id_unique" unique ("meeting_id");`);

    this.addSql(`create table "meeting_invitation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "meeting_id" uuid not null, "organization_id" uuid null, "person_id" uuid null, "response" text not null default 'PENDING', "delegate_id" uuid null, "response_note" varchar(2000) null, "responded_at" timestamptz null, "responded_by_id" uuid null, "attendance" text null, "attendance_note" varchar(2000) null, primary key ("id"));`);
    this.addSql(`create index "meeting_invitation_meeting_id_index" on "meeting_invitation" ("meeting_id");`);
    this.addSql(`create index "meeting_invitation_organization_id_index" on "meeting_invitation" ("organization_id");`);
    this.addSql(`create index "meeting_invitation_person_id_index" on "meeting_invitation" ("person_id");`);
    this.addSql(`create index "meeting_invitation_delegate_id_index" on "meeting_invitation" ("delegate_id");`);
    this.addSql(`create unique index "meeting_invitation_one_per_person" on "meeting_invitation" ("meeting_id", "person_id") where "person_id" is not null;`);
    this.addSql(`create unique index "meeting_invitation_one_per_organization" on "meeting_invitation" ("meeting_id", "organization_id") where "organization_id" is not null;`);

    this.addSql(`create table "calendar_feed" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(200) null, "organization_id" uuid null, "person_id" uuid null, "created_by_id" uuid not null, "token_hash" varchar(64) not null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "calendar_feed_organization_id_index" on "calendar_feed" ("organization_id");`);
    this.addSql(`create index "calendar_feed_created_by_id_index" on "calendar_feed" ("created_by_id");`);
    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "meeting_series" add constraint "meeting_series_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "meeting_series" add constraint "meeting_series_program_id_foreign" foreign key ("program_id") references "coordination_program" ("id") on delete set null;`);
    this.addSql(`alter table "meeting_series" add constraint "meeting_series_split_from_id_foreign" foreign key ("split_from_id") references "meeting_series" ("id") on delete set null;`);
    this.addSql(`alter table "meeting_series" add constraint "meeting_series_kind_check" check ("kind" in ('PERIODIC_BRIEFING', 'THEMATIC_CONFERENCE', 'REVIEW_CONFERENCE', 'TRAINING', 'WORKING_SESSION', 'DIALOGUE_WITH_PEOPLE', 'CITIZEN_RECEPTION'));`);

    this.addSql(`alter table "meeting" add constraint "meeting_series_id_foreign" foreign key ("series_id") references "meeting_series" ("id") on delete set null;`);
    this.addSql(`alter table "meeting" add constraint "meeting_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "meeting" add constraint "meeting_program_id_foreign" foreign key ("program_id") references "coordination_program" ("id") on delete set null;`);
    this.addSql(`alter table "meeting" add constraint "meeting_kind_check" check ("kind" in ('PERIODIC_BRIEFING', 'THEMATIC_CONFERENCE', 'REVIEW_CONFERENCE', 'TRAINING', 'WORKING_SESSION', 'DIALOGUE_WITH_PEOPLE', 'CITIZEN_RECEPTION'));`);
    this.addSql(`alter table "meeting" add constraint "meeting_status_check" check ("status" in ('SCHEDULED', 'IN_PROGRESS', 'HELD', 'POSTPONED', 'CANCELLED'));`);

    this.addSql(`alter table "meeting_chair" add constraint "meeting_chair_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id");`);
    this.addSql(`alter table "meeting_chair" add constraint "meeting_chair_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`alter table "meeting_chair" add constraint "meeting_chair_role_check" check ("role" in ('CHAIR', 'CO_CHAIR'));`);

    this.addSql(`alter table "meeting_conclusion" add constraint "meeting_conclusion_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id");`);
    this.addSql(`alter table "meeting_conclusion" add constraint "meeting_conclusion_task_id_foreign" foreign key ("task_id") references "task" ("id") on delete set null;`);

    this.addSql(`alter table "meeting_agenda_item" add constraint "meeting_agenda_item_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id");`);
    this.addSql(`alter table "meeting_agenda_item" add constraint "meeting_agenda_item_presenter_organization_id_foreign" foreign key ("presenter_organization_id") references "organization" ("id") on delete set null;`);
    this.addSql(`alter table "meeting_agenda_item" add constraint "meeting_agenda_item_presenter_person_id_foreign" foreign key ("presenter_person_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "meeting_agenda_item" add constraint "meeting_agenda_item_program_id_foreign" foreign key ("program_id") references "coordination_program" ("id") on delete set null;`);
    this.addSql(`alter table "meeting_agenda_item" add constraint "meeting_agenda_item_task_id_foreign" foreign key ("task_id") references "task" ("id") on delete set null;`);

    this.addSql(`alter table "meeting_minutes" add constraint "meeting_minutes_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id");`);
    this.addSql(`alter table "meeting_minutes" add constraint "meeting_minutes_approved_by_id_foreign" foreign key ("approved_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "meeting_minutes" add constraint "meeting_minutes_status_check" check ("status" in ('DRAFT', 'APPROVED'));`);

    this.addSql(`alter table "meeting_invitation" add constraint "meeting_invitation_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id");`);
    this.addSql(`alter table "meeting_invitation" add constraint "meeting_invitation_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete set null;`);
    this.addSql(`alter table "meeting_invitation" add constraint "meeting_invitation_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "meeting_invitation" add constraint "meeting_invitation_delegate_id_foreign" foreign key ("delegate_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "meeting_invitation" add constraint "meeting_invitation_responded_by_id_foreign" foreign key ("responded_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "meeting_invitation" add constraint "meeting_invitation_response_check" check ("response" in ('PENDING', 'ACCEPTED', 'DECLINED', 'DELEGATED'));`);
    this.addSql(`alter table "meeting_invitation" add constraint "meeting_invitation_attendance_check" check ("attendance" in ('PRESENT', 'ABSENT_EXCUSED', 'ABSENT_UNEXCUSED'));`);

    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete set null;`);
    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "meeting_series" drop constraint "meeting_series_split_from_id_foreign";`);
    this.addSql(`alter table "meeting" drop constraint "meeting_series_id_foreign";`);
    this.addSql(`alter table "meeting_chair" drop constraint "meeting_chair_meeting_id_foreign";`);
    this.addSql(`alter table "meeting_conclusion" drop constraint "meeting_conclusion_meeting_id_foreign";`);
    this.addSql(`alter table "meeting_agenda_item" drop constraint "meeting_agenda_item_meeting_id_foreign";`);
    this.addSql(`alter table "meeting_minutes" drop constraint "meeting_minutes_meeting_id_foreign";`);
    this.addSql(`alter table "meeting_invitation" drop constraint "meeting_invitation_meeting_id_foreign";`);

    this.addSql(`drop table if exists "meeting_series" cascade;`);
    this.addSql(`drop table if exists "meeting" cascade;`);
    this.addSql(`drop table if exists "meeting_chair" cascade;`);
    this.addSql(`drop table if exists "meeting_conclusion" cascade;`);
    this.addSql(`drop table if exists "meeting_agenda_item" cascade;`);
    this.addSql(`drop table if exists "meeting_minutes" cascade;`);
    this.addSql(`drop table if exists "meeting_invitation" cascade;`);
    this.addSql(`drop table if exists "calendar_feed" cascade;`);
  }

}
