import { Migration } from '@mikro-orm/migrations';

export class Migration20261122093642_initial extends Migration {
  override name = 'Migration20261122093642_initial';

  override up(): void | Promise<void> {
    // Trigram indexes back the search that ignores case and diacritics.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(
      `create table "administrative_area" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(32) not null, "name" varchar(300) not null, "search_key" varchar(300) not null, "level" text not null, "parent_id" uuid null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "administrative_area" add constraint "administrative_area_code_unique" unique ("code");`,
    );
    this.addSql(`create index "administrative_area_parent_id_index" on "administrative_area" ("parent_id");`);
    this.addSql(
      `create index "administrative_area_search_key_trgm" on "administrative_area" using gin ("search_key" gin_trgm_ops);`,
    );

    this.addSql(
      `create table "organization" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(64) not null, "name" varchar(300) not null, "short_name" varchar(300) null, "search_key" varchar(700) not null, "kind" text not null, "area_id" uuid not null, "parent_id" uuid null, "status" text not null default 'ACTIVE', "successor_id" uuid null, "ended_on" date null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(`alter table "organization" add constraint "organization_code_unique" unique ("code");`);
    this.addSql(`create index "organization_area_id_index" on "organization" ("area_id");`);
    this.addSql(`create index "organization_parent_id_index" on "organization" ("parent_id");`);
    this.addSql(
      `create index "organization_search_key_trgm" on "organization" using gin ("search_key" gin_trgm_ops);`,
    );

    this.addSql(
      `create table "person" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "full_name" varchar(300) not null, "search_key" varchar(300) not null, "email" varchar(320) null, "phone" varchar(32) null, primary key ("id"));`,
    );
    this.addSql(`create index "person_search_key_trgm" on "person" using gin ("search_key" gin_trgm_ops);`);

    this.addSql(
      `create table "position" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "person_id" uuid not null, "organization_id" uuid not null, "title" varchar(300) not null, "is_head" boolean not null default false, "starts_on" date not null, "ends_on" date null, "continues_id" uuid null, primary key ("id"));`,
    );
    this.addSql(`create index "position_person_id_index" on "position" ("person_id");`);
    this.addSql(
      `create index "position_organization_id_starts_on_index" on "position" ("organization_id", "starts_on");`,
    );

    this.addSql(
      `create table "responsibility" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "person_id" uuid not null, "field" text not null, "organization_id" uuid null, "area_id" uuid null, "note" varchar(1000) null, "starts_on" date not null, "ends_on" date null, primary key ("id"));`,
    );
    this.addSql(`create index "responsibility_person_id_index" on "responsibility" ("person_id");`);
    this.addSql(
      `create index "responsibility_organization_id_index" on "responsibility" ("organization_id");`,
    );
    this.addSql(`create index "responsibility_area_id_index" on "responsibility" ("area_id");`);

    this.addSql(
      `create table "app_user" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(320) not null, "password_hash" varchar(200) not null, "person_id" uuid not null, "is_system_admin" boolean not null default false, "disabled" boolean not null default false, "last_sign_in_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);
    this.addSql(`create index "app_user_person_id_index" on "app_user" ("person_id");`);

    this.addSql(
      `create table "refresh_token" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" uuid not null, "token_hash" varchar(64) not null, "session_id" uuid not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "revoked_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "refresh_token_user_id_index" on "refresh_token" ("user_id");`);
    this.addSql(
      `alter table "refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(`create index "refresh_token_session_id_index" on "refresh_token" ("session_id");`);

    this.addSql(
      `alter table "administrative_area" add constraint "administrative_area_parent_id_foreign" foreign key ("parent_id") references "administrative_area" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "administrative_area" add constraint "administrative_area_level_check" check ("level" in ('CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'VILLAGE'));`,
    );

    this.addSql(
      `alter table "organization" add constraint "organization_area_id_foreign" foreign key ("area_id") references "administrative_area" ("id");`,
    );
    this.addSql(
      `alter table "organization" add constraint "organization_parent_id_foreign" foreign key ("parent_id") references "organization" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "organization" add constraint "organization_successor_id_foreign" foreign key ("successor_id") references "organization" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "organization" add constraint "organization_kind_check" check ("kind" in ('PARTY_COMMITTEE', 'PARTY_STANDING_COMMITTEE', 'MASS_MOBILIZATION_COMMISSION', 'PEOPLES_COUNCIL', 'PEOPLES_COMMITTEE', 'STATE_AGENCY', 'ARMED_FORCES', 'FATHERLAND_FRONT', 'SOCIO_POLITICAL_ORG', 'GRASSROOTS_BODY'));`,
    );
    this.addSql(
      `alter table "organization" add constraint "organization_status_check" check ("status" in ('ACTIVE', 'MERGED', 'DISSOLVED'));`,
    );

    this.addSql(
      `alter table "position" add constraint "position_person_id_foreign" foreign key ("person_id") references "person" ("id");`,
    );
    this.addSql(
      `alter table "position" add constraint "position_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`,
    );
    this.addSql(
      `alter table "position" add constraint "position_continues_id_foreign" foreign key ("continues_id") references "position" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "responsibility" add constraint "responsibility_person_id_foreign" foreign key ("person_id") references "person" ("id");`,
    );
    this.addSql(
      `alter table "responsibility" add constraint "responsibility_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "responsibility" add constraint "responsibility_area_id_foreign" foreign key ("area_id") references "administrative_area" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "responsibility" add constraint "responsibility_field_check" check ("field" in ('MASS_MOBILIZATION', 'PROPAGANDA', 'ORGANIZATION_AND_PERSONNEL', 'INSPECTION', 'INTERNAL_AFFAIRS', 'ECONOMY', 'CULTURE_AND_SOCIETY', 'DEFENSE_AND_SECURITY', 'OTHER'));`,
    );

    this.addSql(
      `alter table "app_user" add constraint "app_user_person_id_foreign" foreign key ("person_id") references "person" ("id");`,
    );

    this.addSql(
      `alter table "refresh_token" add constraint "refresh_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "administrative_area" drop constraint "administrative_area_parent_id_foreign";`);
    this.addSql(`alter table "organization" drop constraint "organization_area_id_foreign";`);
    this.addSql(`alter table "responsibility" drop constraint "responsibility_area_id_foreign";`);
    this.addSql(`alter table "organization" drop constraint "organization_parent_id_foreign";`);
    this.addSql(`alter table "organization" drop constraint "organization_successor_id_foreign";`);
    this.addSql(`alter table "position" drop constraint "position_organization_id_foreign";`);
    this.addSql(`alter table "responsibility" drop constraint "responsibility_organization_id_foreign";`);
    this.addSql(`alter table "position" drop constraint "position_person_id_foreign";`);
    this.addSql(`alter table "responsibility" drop constraint "responsibility_person_id_foreign";`);
    this.addSql(`alter table "app_user" drop constraint "app_user_person_id_foreign";`);
    this.addSql(`alter table "position" drop constraint "position_continues_id_foreign";`);
    this.addSql(`alter table "refresh_token" drop constraint "refresh_token_user_id_foreign";`);

    this.addSql(`drop table if exists "administrative_area" cascade;`);
    this.addSql(`drop table if exists "organization" cascade;`);
    this.addSql(`drop table if exists "person" cascade;`);
    this.addSql(`drop table if exists "position" cascade;`);
    this.addSql(`drop table if exists "responsibility" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "refresh_token" cascade;`);
  }
}
