import { Migration } from '@mikro-orm/migrations';

export class Migration20261122094635_access_and_audit extends Migration {

  override name = 'Migration20261122094635_access_and_audit';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_record" ("id" uuid not null, "occurred_at" timestamptz not null, "actor_user_id" uuid null, "actor_api_token_id" uuid null, "operation" varchar(100) not null, "request_id" varchar(64) null, "changes" jsonb not null, "record_ids" text[] not null, "organization_ids" text[] not null, primary key ("id"));`);
    this.addSql(`create index "audit_record_actor_user_id_index" on "audit_record" ("actor_user_id");`);
    this.addSql(`create index "audit_record_record_ids_gin" on "audit_record" using gin ("record_ids");`);
    this.addSql(`create index "audit_record_organization_ids_gin" on "audit_record" using gin ("organization_ids");`);
    this.addSql(`create index "audit_record_occurred_at_index" on "audit_record" ("occurred_at");`);

    this.addSql(`create table "role_grant" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" uuid not null, "organization_id" uuid not null, "role" text not null, "valid_from" timestamptz not null, "valid_to" timestamptz null, "granted_by_id" uuid null, "revoked_by_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "role_grant_organization_id_index" on "role_grant" ("organization_id");`);
    this.addSql(`create index "role_grant_user_id_valid_from_index" on "role_grant" ("user_id", "valid_from");`);

    this.addSql(`create table "api_token" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(200) not null, "organization_id" uuid not null, "role" text not null, "token_hash" varchar(64) not null, "created_by_id" uuid not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "api_token_organization_id_index" on "api_token" ("organization_id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);

    // Added by hand: MikroORM does not read statement-level TRUNCATE triggers back (see audit-record.entity.ts).
    this.addSql(`create or replace function "audit_record_no_truncate_fn"() returns trigger as \$\$ begin raise exception 'audit records are append-only' using errcode = 'insufficient_privilege'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_record_no_truncate" BEFORE TRUNCATE on "audit_record" for each STATEMENT execute function "audit_record_no_truncate_fn"();`);
    this.addSql(`create or replace function "audit_record_audit_record_append_only_fn"() returns trigger as \$\$ begin raise exception 'audit records are append-only' using errcode = 'insufficient_privilege'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_record_append_only" BEFORE UPDATE OR DELETE on "audit_record" for each ROW execute function "audit_record_audit_record_append_only_fn"();`);

    this.addSql(`alter table "role_grant" add constraint "role_grant_user_id_foreign" foreign key ("user_id") references "app_user" ("id");`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_granted_by_id_foreign" foreign key ("granted_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_revoked_by_id_foreign" foreign key ("revoked_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_role_check" check ("role" in ('ADMIN', 'COORDINATOR', 'MEMBER', 'VIEWER'));`);

    this.addSql(`alter table "api_token" add constraint "api_token_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_role_check" check ("role" in ('ADMIN', 'COORDINATOR', 'MEMBER', 'VIEWER'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "audit_record_no_truncate" on "audit_record";`);
    this.addSql(`drop function if exists "audit_record_no_truncate_fn"();`);
    this.addSql(`drop trigger if exists "audit_record_append_only" on "audit_record";`);
    this.addSql(`drop function if exists "audit_record_audit_record_append_only_fn"();`);
    this.addSql(`drop table if exists "audit_record" cascade;`);
    this.addSql(`drop table if exists "role_grant" cascade;`);
    this.addSql(`drop table if exists "api_token" cascade;`);
  }

}
