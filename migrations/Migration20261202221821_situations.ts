import { Migration } from '@mikro-orm/migrations';

/** Situations of the people (issue 15 §4): situation reports, complex situations and their handling organizations; the COMPLEX_SITUATION notification kind. */
export class Migration20261202221821_situations extends Migration {

  override name = 'Migration20261202221821_situations';

  override up(): void | Promise<void> {
    this.addSql(`create table "complex_situation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "title" varchar(500) not null, "description" text null, "search_key" varchar(500) not null, "category" text not null, "severity" text not null, "area_id" uuid not null, "status" text not null default 'EMERGING', "opened_on" date not null, "resolved_on" date null, "response_program_id" uuid null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "complex_situation_area_id_index" on "complex_situation" ("area_id");`);
    this.addSql(`create index "complex_situation_search_key_trgm" on "complex_situation" using gin ("search_key" gin_trgm_ops);`);
    this.addSql(`create index "complex_situation_status_category_index" on "complex_situation" ("status", "category");`);
    this.addSql(`create index "complex_situation_organization_id_opened_on_index" on "complex_situation" ("organization_id", "opened_on");`);

    this.addSql(`create table "complex_situation_handler" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "situation_id" uuid not null, "organization_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "complex_situation_handler_organization_id_index" on "complex_situation_handler" ("organization_id");`);
    this.addSql(`alter table "complex_situation_handler" add constraint "complex_situation_handler_situation_id_organization_id_unique" unique ("situation_id", "organization_id");`);

    this.addSql(`create table "situation_report" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "period_start" date not null, "period_end" date not null, "themes" jsonb not null, "flagged_issues" jsonb not null, "search_key" text not null, primary key ("id"));`);
    this.addSql(`create index "situation_report_search_key_trgm" on "situation_report" using gin ("search_key" gin_trgm_ops);`);
    this.addSql(`alter table "situation_report" add constraint "situation_report_organization_id_period_start_period_end_unique" unique ("organization_id", "period_start", "period_end");`);

    this.addSql(`alter table "notification" drop constraint "notification_kind_check";`);
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check ("kind" in ('MEETING_SCHEDULED', 'MEETING_RESCHEDULED', 'MEETING_POSTPONED', 'MEETING_CANCELLED', 'MEETING_AGENDA_CHANGED', 'MEETING_REMINDER', 'MINUTES_REMINDER', 'TASK_ASSIGNED', 'TASK_UPDATED', 'TASK_URGED', 'TASK_DUE_SOON', 'TASK_OVERDUE', 'PROGRAM_UPDATED', 'COMPLEX_SITUATION'));`);

    this.addSql(`alter table "complex_situation" add constraint "complex_situation_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "complex_situation" add constraint "complex_situation_area_id_foreign" foreign key ("area_id") references "administrative_area" ("id");`);
    this.addSql(`alter table "complex_situation" add constraint "complex_situation_response_program_id_foreign" foreign key ("response_program_id") references "coordination_program" ("id") on delete set null;`);
    this.addSql(`alter table "complex_situation" add constraint "complex_situation_category_check" check ("category" in ('SECURITY_ORDER', 'LAND_CLEARANCE', 'DISASTER', 'EPIDEMIC', 'RELIGION', 'ETHNIC_AFFAIRS', 'MASS_COMPLAINTS', 'OTHER'));`);
    this.addSql(`alter table "complex_situation" add constraint "complex_situation_severity_check" check ("severity" in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL'));`);
    this.addSql(`alter table "complex_situation" add constraint "complex_situation_status_check" check ("status" in ('EMERGING', 'HANDLING', 'STABILIZED', 'RESOLVED'));`);

    this.addSql(`alter table "complex_situation_handler" add constraint "complex_situation_handler_situation_id_foreign" foreign key ("situation_id") references "complex_situation" ("id");`);
    this.addSql(`alter table "complex_situation_handler" add constraint "complex_situation_handler_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);

    this.addSql(`alter table "situation_report" add constraint "situation_report_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "complex_situation_handler" drop constraint "complex_situation_handler_situation_id_foreign";`);

    this.addSql(`drop table if exists "complex_situation" cascade;`);
    this.addSql(`drop table if exists "complex_situation_handler" cascade;`);
    this.addSql(`drop table if exists "situation_report" cascade;`);

    this.addSql(`alter table "notification" drop constraint "notification_kind_check";`);
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check ("kind" in ('MEETING_SCHEDULED', 'MEETING_RESCHEDULED', 'MEETING_POSTPONED', 'MEETING_CANCELLED', 'MEETING_AGENDA_CHANGED', 'MEETING_REMINDER', 'MINUTES_REMINDER', 'TASK_ASSIGNED', 'TASK_UPDATED', 'TASK_URGED', 'TASK_DUE_SOON', 'TASK_OVERDUE', 'PROGRAM_UPDATED'));`);
  }

}
