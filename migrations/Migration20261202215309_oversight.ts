import { Migration } from '@mikro-orm/migrations';

/** Social critique and supervision (issue 15 §3): critiques with the drafting body's answer, supervisions with their recommendations (answered, turned into tasks). */
export class Migration20261202215309_oversight extends Migration {

  override name = 'Migration20261202215309_oversight';

  override up(): void | Promise<void> {
    this.addSql(`create table "social_critique" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "draft_title" varchar(1000) not null, "search_key" varchar(1000) not null, "drafting_organization_id" uuid not null, "form" text not null, "held_on" date not null, "opinions_count" int not null, "summary" text null, "taken_in" boolean null, "answer" text null, "answered_on" date null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "social_critique_search_key_trgm" on "social_critique" using gin ("search_key" gin_trgm_ops);`);
    this.addSql(`create index "social_critique_drafting_organization_id_index" on "social_critique" ("drafting_organization_id");`);
    this.addSql(`create index "social_critique_organization_id_held_on_index" on "social_critique" ("organization_id", "held_on");`);

    this.addSql(`create table "supervision" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "title" varchar(500) not null, "search_key" varchar(1200) not null, "subject_kind" text not null, "subject_organization_id" uuid null, "subject_person_id" uuid null, "subject_description" varchar(500) null, "period_start" date not null, "period_end" date not null, "concluded_on" date not null, "findings" text not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "supervision_search_key_trgm" on "supervision" using gin ("search_key" gin_trgm_ops);`);
    this.addSql(`create index "supervision_subject_organization_id_index" on "supervision" ("subject_organization_id");`);
    this.addSql(`create index "supervision_organization_id_period_start_index" on "supervision" ("organization_id", "period_start");`);

    this.addSql(`create table "supervision_recommendation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "supervision_id" uuid not null, "position" int not null, "content" text not null, "answer" text null, "answered_on" date null, "task_id" uuid null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "supervision_recommendation" add constraint "supervision_recommendation_task_id_unique" unique ("task_id");`);
    this.addSql(`alter table "supervision_recommendation" add constraint "supervision_recommendation_supervision_id_position_unique" unique ("supervision_id", "position");`);

    this.addSql(`alter table "social_critique" add constraint "social_critique_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "social_critique" add constraint "social_critique_drafting_organization_id_foreign" foreign key ("drafting_organization_id") references "organization" ("id");`);
    this.addSql(`alter table "social_critique" add constraint "social_critique_form_check" check ("form" in ('CONFERENCE', 'WRITTEN'));`);

    this.addSql(`alter table "supervision" add constraint "supervision_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "supervision" add constraint "supervision_subject_organization_id_foreign" foreign key ("subject_organization_id") references "organization" ("id") on delete set null;`);
    this.addSql(`alter table "supervision" add constraint "supervision_subject_person_id_foreign" foreign key ("subject_person_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "supervision" add constraint "supervision_subject_kind_check" check ("subject_kind" in ('ORGANIZATION', 'POLICY', 'PERSON'));`);

    this.addSql(`alter table "supervision_recommendation" add constraint "supervision_recommendation_supervision_id_foreign" foreign key ("supervision_id") references "supervision" ("id");`);
    this.addSql(`alter table "supervision_recommendation" add constraint "supervision_recommendation_task_id_foreign" foreign key ("task_id") references "task" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "supervision_recommendation" drop constraint "supervision_recommendation_supervision_id_foreign";`);

    this.addSql(`drop table if exists "social_critique" cascade;`);
    this.addSql(`drop table if exists "supervision" cascade;`);
    this.addSql(`drop table if exists "supervision_recommendation" cascade;`);
  }

}
