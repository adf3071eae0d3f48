import { Migration } from '@mikro-orm/migrations';

export class Migration20261122100033_programs_and_tasks extends Migration {

  override name = 'Migration20261122100033_programs_and_tasks';

  override up(): void | Promise<void> {
    this.addSql(`create table "legal_document" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" varchar(100) not null, "kind" text not null, "title" varchar(1000) not null, "search_key" varchar(1200) not null, "issuing_organization_id" uuid not null, "issued_on" date not null, "url" varchar(2000) null, primary key ("id"));`);
    this.addSql(`create index "legal_document_search_key_trgm" on "legal_document" using gin ("search_key" gin_trgm_ops);`);
    this.addSql(`create index "legal_document_issuing_organization_id_number_index" on "legal_document" ("issuing_organization_id", "number");`);

    this.addSql(`create table "coordination_program" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" text not null, "code" varchar(64) not null, "title" varchar(500) not null, "description" text null, "search_key" varchar(700) not null, "starts_on" date null, "ends_on" date null, "parent_id" uuid null, "status" text not null default 'DRAFT', "status_reason" varchar(2000) null, "owner_id" uuid not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "coordination_program" add constraint "coordination_program_code_unique" unique ("code");`);
    this.addSql(`create index "coordination_program_parent_id_index" on "coordination_program" ("parent_id");`);
    this.addSql(`create index "coordination_program_search_key_trgm" on "coordination_program" using gin ("search_key" gin_trgm_ops);`);

    this.addSql(`create table "program_legal_basis" ("coordination_program_id" uuid not null, "legal_document_id" uuid not null, primary key ("coordination_program_id", "legal_document_id"));`);

    this.addSql(`create table "program_objective" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "program_id" uuid not null, "key" varchar(64) not null, "title" varchar(500) not null, "unit" varchar(100) not null, "target" double precision not null, "target_date" date null, "position" int not null default 0, primary key ("id"));`);
    this.addSql(`create index "program_objective_program_id_index" on "program_objective" ("program_id");`);

    this.addSql(`create table "program_participant" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "program_id" uuid not null, "organization_id" uuid not null, "role" text not null, "joined_on" date not null, "left_on" date null, primary key ("id"));`);
    this.addSql(`create index "program_participant_program_id_index" on "program_participant" ("program_id");`);
    this.addSql(`create index "program_participant_organization_id_program_id_index" on "program_participant" ("organization_id", "program_id");`);

    this.addSql(`create table "task" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "title" varchar(500) not null, "description" text null, "search_key" varchar(500) not null, "program_id" uuid null, "parent_id" uuid null, "source_kind" text not null default 'OTHER', "source_document_id" uuid null, "source_conclusion_id" uuid null, "priority" text not null default 'NORMAL', "starts_on" date null, "due_on" date not null, "status" text not null default 'NOT_STARTED', "progress_percent" smallint not null default 0, "completed_on" date null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "task_program_id_index" on "task" ("program_id");`);
    this.addSql(`create index "task_parent_id_index" on "task" ("parent_id");`);
    this.addSql(`alter table "task" add constraint "task_source_conclusion_id_unique" unique ("source_conclusion_id");`);
    this.addSql(`create index "task_search_key_trgm" on "task" using gin ("search_key" gin_trgm_ops);`);
    this.addSql(`create index "task_due_on_index" on "task" ("due_on");`);

    this.addSql(`create table "task_assignment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "task_id" uuid not null, "organization_id" uuid not null, "role" text not null, "person_in_charge_id" uuid null, "due_on" date null, "assigned_on" date not null, "ended_on" date null, primary key ("id"));`);
    this.addSql(`create index "task_assignment_task_id_index" on "task_assignment" ("task_id");`);
    this.addSql(`create unique index "task_assignment_one_current_lead" on "task_assignment" ("task_id") where "role" = 'LEAD' and "ended_on" is null;`);
    this.addSql(`create index "task_assignment_organization_id_task_id_index" on "task_assignment" ("organization_id", "task_id");`);

    this.addSql(`create table "task_follow_up" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "task_id" uuid not null, "organization_id" uuid not null, "message" text not null, "author_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "task_follow_up_task_id_index" on "task_follow_up" ("task_id");`);

    this.addSql(`create table "progress_report" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "task_id" uuid not null, "organization_id" uuid not null, "body" text not null, "percent" smallint not null, "new_status" text null, "reported_on" date not null, "author_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "progress_report_task_id_index" on "progress_report" ("task_id");`);

    this.addSql(`create table "program_update" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "program_id" uuid not null, "health" text not null, "body" text not null, "organization_id" uuid not null, "author_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "program_update_program_id_index" on "program_update" ("program_id");`);

    this.addSql(`create table "objective_value" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "objective_id" uuid not null, "value" double precision not null, "recorded_on" date not null, "note" varchar(1000) null, "recorded_by_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "objective_value_objective_id_index" on "objective_value" ("objective_id");`);

    this.addSql(`alter table "legal_document" add constraint "legal_document_issuing_organization_id_foreign" foreign key ("issuing_organization_id") references "organization" ("id");`);
    this.addSql(`alter table "legal_document" add constraint "legal_document_kind_check" check ("kind" in ('DECISION', 'DIRECTIVE', 'RESOLUTION', 'CONCLUSION', 'REGULATION', 'SCHEME', 'PLAN', 'DECREE', 'ORDINANCE', 'LAW'));`);

    this.addSql(`alter table "coordination_program" add constraint "coordination_program_parent_id_foreign" foreign key ("parent_id") references "coordination_program" ("id") on delete set null;`);
    this.addSql(`alter table "coordination_program" add constraint "coordination_program_owner_id_foreign" foreign key ("owner_id") references "organization" ("id");`);
    this.addSql(`alter table "coordination_program" add constraint "coordination_program_kind_check" check ("kind" in ('COORDINATION_PROGRAM', 'COORDINATION_REGULATION', 'ACTION_PROGRAM', 'PLAN', 'CAMPAIGN', 'EMULATION_MOVEMENT', 'RESPONSE_PLAN'));`);
    this.addSql(`alter table "coordination_program" add constraint "coordination_program_status_check" check ("status" in ('DRAFT', 'ACTIVE', 'SUSPENDED', 'COMPLETED', 'CANCELLED'));`);

    this.addSql(`alter table "program_legal_basis" add constraint "program_legal_basis_coordination_program_id_foreign" foreign key ("coordination_program_id") references "coordination_program" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "program_legal_basis" add constraint "program_legal_basis_legal_document_id_foreign" foreign key ("legal_document_id") references "legal_document" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "program_objective" add constraint "program_objective_program_id_foreign" foreign key ("program_id") references "coordination_program" ("id");`);

    this.addSql(`alter table "program_participant" add constraint "program_participant_program_id_foreign" foreign key ("program_id") references "coordination_program" ("id");`);
    this.addSql(`alter table "program_participant" add constraint "program_participant_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "program_participant" add constraint "program_participant_role_check" check ("role" in ('LEAD', 'CO_LEAD', 'PARTNER', 'OBSERVER'));`);

    this.addSql(`alter table "task" add constraint "task_program_id_foreign" foreign key ("program_id") references "coordination_program" ("id") on delete set null;`);
    this.addSql(`alter table "task" add constraint "task_parent_id_foreign" foreign key ("parent_id") references "task" ("id") on delete set null;`);
    this.addSql(`alter table "task" add constraint "task_source_document_id_foreign" foreign key ("source_document_id") references "legal_document" ("id") on delete set null;`);
    this.addSql(`alter table "task" add constraint "task_source_kind_check" check ("source_kind" in ('LEGAL_DOCUMENT', 'PROGRAM', 'MEETING_CONCLUSION', 'OTHER'));`);
    this.addSql(`alter table "task" add constraint "task_priority_check" check ("priority" in ('LOW', 'NORMAL', 'HIGH', 'URGENT'));`);
    this.addSql(`alter table "task" add constraint "task_status_check" check ("status" in ('NOT_STARTED', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'CANCELLED'));`);

    this.addSql(`alter table "task_assignment" add constraint "task_assignment_task_id_foreign" foreign key ("task_id") references "task" ("id");`);
    this.addSql(`alter table "task_assignment" add constraint "task_assignment_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "task_assignment" add constraint "task_assignment_person_in_charge_id_foreign" foreign key ("person_in_charge_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "task_assignment" add constraint "task_assignment_role_check" check ("role" in ('LEAD', 'COORDINATING'));`);

    this.addSql(`alter table "task_follow_up" add constraint "task_follow_up_task_id_foreign" foreign key ("task_id") references "task" ("id");`);
    this.addSql(`alter table "task_follow_up" add constraint "task_follow_up_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "task_follow_up" add constraint "task_follow_up_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on delete set null;`);

    this.addSql(`alter table "progress_report" add constraint "progress_report_task_id_foreign" foreign key ("task_id") references "task" ("id");`);
    this.addSql(`alter table "progress_report" add constraint "progress_report_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "progress_report" add constraint "progress_report_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "progress_report" add constraint "progress_report_new_status_check" check ("new_status" in ('NOT_STARTED', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'CANCELLED'));`);

    this.addSql(`alter table "program_update" add constraint "program_update_program_id_foreign" foreign key ("program_id") references "coordination_program" ("id");`);
    this.addSql(`alter table "program_update" add constraint "program_update_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "program_update" add constraint "program_update_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "program_update" add constraint "program_update_health_check" check ("health" in ('ON_TRACK', 'AT_RISK', 'OFF_TRACK'));`);

    this.addSql(`alter table "objective_value" add constraint "objective_value_objective_id_foreign" foreign key ("objective_id") references "program_objective" ("id");`);
    this.addSql(`alter table "objective_value" add constraint "objective_value_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "program_legal_basis" drop constraint "program_legal_basis_legal_document_id_foreign";`);
    this.addSql(`alter table "task" drop constraint "task_source_document_id_foreign";`);
    this.addSql(`alter table "coordination_program" drop constraint "coordination_program_parent_id_foreign";`);
    this.addSql(`alter table "program_legal_basis" drop constraint "program_legal_basis_coordination_program_id_foreign";`);
    this.addSql(`alter table "program_objective" drop constraint "program_objective_program_id_foreign";`);
    this.addSql(`alter table "program_participant" drop constraint "program_participant_program_id_foreign";`);
    this.addSql(`alter table "task" drop constraint "task_program_id_foreign";`);
    this.addSql(`alter table "program_update" drop constraint "program_update_program_id_foreign";`);
    this.addSql(`alter table "objective_value" drop constraint "objective_value_objective_id_foreign";`);
    this.addSql(`alter table "task" drop constraint "task_parent_id_foreign";`);
    this.addSql(`alter table "task_assignment" drop constraint "task_assignment_task_id_foreign";`);
    this.addSql(`alter table "task_follow_up" drop constraint "task_follow_up_task_id_foreign";`);
    this.addSql(`alter table "progress_report" drop constraint "progress_report_task_id_foreign";`);

    this.addSql(`drop table if exists "legal_document" cascade;`);
    this.addSql(`drop table if exists "coordination_program" cascade;`);
    this.addSql(`drop table if exists "program_legal_basis" cascade;`);
    this.addSql(`drop table if exists "program_objective" cascade;`);
    this.addSql(`drop table if exists "program_participant" cascade;`);
    this.addSql(`drop table if exists "task" cascade;`);
    this.addSql(`drop table if exists "task_assignment" cascade;`);
    this.addSql(`drop table if exists "task_follow_up" cascade;`);
    this.addSql(`drop table if exists "progress_report" cascade;`);
    this.addSql(`drop table if exists "program_update" cascade;`);
    this.addSql(`drop table if exists "objective_value" cascade;`);
  }

}
