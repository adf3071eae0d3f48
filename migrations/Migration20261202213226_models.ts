import { Migration } from '@mikro-orm/migrations';

/** Mass-mobilization models (issue 15 §2): the model, its status per year, evidence, commendations and adoptions. */
export class Migration20261202213226_models extends Migration {

  override name = 'Migration20261202213226_models';

  override up(): void | Promise<void> {
    this.addSql(`create table "mass_mobilization_model" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(500) not null, "search_key" varchar(500) not null, "owner_id" uuid not null, "area_id" uuid not null, "level" text not null, "field" text not null, "year_registered" int not null, "description" text null, "latest_status" text not null default 'NEW', "latest_year" int not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "mass_mobilization_model_area_id_index" on "mass_mobilization_model" ("area_id");`);
    this.addSql(`create index "mass_mobilization_model_search_key_trgm" on "mass_mobilization_model" using gin ("search_key" gin_trgm_ops);`);
    this.addSql(`create index "mass_mobilization_model_owner_id_year_registered_index" on "mass_mobilization_model" ("owner_id", "year_registered");`);

    this.addSql(`create table "model_year_status" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "model_id" uuid not null, "year" int not null, "status" text not null, "replica_id" uuid null, "note" varchar(2000) null, primary key ("id"));`);
    this.addSql(`create index "model_year_status_year_status_index" on "model_year_status" ("year", "status");`);
    this.addSql(`alter table "model_year_status" add constraint "model_year_status_model_id_year_unique" unique ("model_id", "year");`);

    this.addSql(`create table "model_evidence" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "model_id" uuid not null, "recorded_on" date not null, "note" text not null, primary key ("id"));`);
    this.addSql(`create index "model_evidence_model_id_index" on "model_evidence" ("model_id");`);

    this.addSql(`create table "model_adoption" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "model_id" uuid not null, "organization_id" uuid not null, "adopted_on" date not null, primary key ("id"));`);
    this.addSql(`create index "model_adoption_organization_id_index" on "model_adoption" ("organization_id");`);
    this.addSql(`alter table "model_adoption" add constraint "model_adoption_model_id_organization_id_unique" unique ("model_id", "organization_id");`);

    this.addSql(`create table "model_commendation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "model_id" uuid not null, "commended_by" varchar(300) not null, "commended_on" date not null, "decision_number" varchar(100) not null, "decision_document_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "model_commendation_model_id_index" on "model_commendation" ("model_id");`);

    this.addSql(`alter table "mass_mobilization_model" add constraint "mass_mobilization_model_owner_id_foreign" foreign key ("owner_id") references "organization" ("id");`);
    this.addSql(`alter table "mass_mobilization_model" add constraint "mass_mobilization_model_area_id_foreign" foreign key ("area_id") references "administrative_area" ("id");`);
    this.addSql(`alter table "mass_mobilization_model" add constraint "mass_mobilization_model_level_check" check ("level" in ('CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'VILLAGE'));`);
    this.addSql(`alter table "mass_mobilization_model" add constraint "mass_mobilization_model_field_check" check ("field" in ('ECONOMY', 'CULTURE_SOCIETY', 'DEFENCE_SECURITY', 'PARTY_BUILDING', 'OTHER'));`);
    this.addSql(`alter table "mass_mobilization_model" add constraint "mass_mobilization_model_latest_status_check" check ("latest_status" in ('NEW', 'MAINTAINED', 'COMMENDED', 'REPLICATED', 'DISCONTINUED'));`);

    this.addSql(`alter table "model_year_status" add constraint "model_year_status_model_id_foreign" foreign key ("model_id") references "mass_mobilization_model" ("id");`);
    this.addSql(`alter table "model_year_status" add constraint "model_year_status_replica_id_foreign" foreign key ("replica_id") references "mass_mobilization_model" ("id") on delete set null;`);
    this.addSql(`alter table "model_year_status" add constraint "model_year_status_status_check" check ("status" in ('NEW', 'MAINTAINED', 'COMMENDED', 'REPLICATED', 'DISCONTINUED'));`);

    this.addSql(`alter table "model_evidence" add constraint "model_evidence_model_id_foreign" foreign key ("model_id") references "mass_mobilization_model" ("id");`);

    this.addSql(`alter table "model_adoption" add constraint "model_adoption_model_id_foreign" foreign key ("model_id") references "mass_mobilization_model" ("id");`);
    this.addSql(`alter table "model_adoption" add constraint "model_adoption_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);

    this.addSql(`alter table "model_commendation" add constraint "model_commendation_model_id_foreign" foreign key ("model_id") references "mass_mobilization_model" ("id");`);
    this.addSql(`alter table "model_commendation" add constraint "model_commendation_decision_document_id_foreign" foreign key ("decision_document_id") references "legal_document" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "model_year_status" drop constraint "model_year_status_model_id_foreign";`);
    this.addSql(`alter table "model_year_status" drop constraint "model_year_status_replica_id_foreign";`);
    this.addSql(`alter table "model_evidence" drop constraint "model_evidence_model_id_foreign";`);
    this.addSql(`alter table "model_adoption" drop constraint "model_adoption_model_id_foreign";`);
    this.addSql(`alter table "model_commendation" drop constraint "model_commendation_model_id_foreign";`);

    this.addSql(`drop table if exists "mass_mobilization_model" cascade;`);
    this.addSql(`drop table if exists "model_year_status" cascade;`);
    this.addSql(`drop table if exists "model_evidence" cascade;`);
    this.addSql(`drop table if exists "model_adoption" cascade;`);
    this.addSql(`drop table if exists "model_commendation" cascade;`);
  }

}
