import { Migration } from '@mikro-orm/migrations';

/** The count of writes to `organization` that a viewer's cached reach is checked against (decision 024). */
export class Migration20261203102244_organization_tree_version extends Migration {

  override name = 'Migration20261203102244_organization_tree_version';

  override up(): void | Promise<void> {
    this.addSql(`create table "organization_tree_version" ("id" smallint primary key, "version" bigint not null);`);
    this.addSql(`insert into "organization_tree_version" ("id", "version") values (1, 0);`);

    this.addSql(`create or replace function "organization_organization_tree_version_fn"() returns trigger as \$\$ begin insert into organization_tree_version (id, version) values (1, 1) on conflict (id) do update set version = organization_tree_version.version + 1;   return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "organization_tree_version" AFTER INSERT OR UPDATE OR DELETE on "organization" for each STATEMENT execute function "organization_organization_tree_version_fn"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "organization_tree_version" cascade;`);

    this.addSql(`drop trigger if exists "organization_tree_version" on "organization";`);
    this.addSql(`drop function if exists "organization_organization_tree_version_fn"();`);
  }

}
