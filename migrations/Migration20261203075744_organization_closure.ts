import { Migration } from '@mikro-orm/migrations';

/** The chain of command, closed (decision 022): the table, the trigger that keeps it, and its rows for today's organizations. */
export class Migration20261203075744_organization_closure extends Migration {

  override name = 'Migration20261203075744_organization_closure';

  override up(): void | Promise<void> {
    this.addSql(`create table "organization_closure" ("ancestor_id" uuid not null, "descendant_id" uuid not null, primary key ("ancestor_id", "descendant_id"));`);
    this.addSql(`create index "organization_closure_descendant_id_index" on "organization_closure" ("descendant_id");`);

    this.addSql(`create or replace function "organization_organization_chain_of_command_fn"() returns trigger as \$\$ begin if tg_op = 'DELETE' then
    delete from organization_closure where descendant_id = old.id or ancestor_id = old.id;     return null;   end if;   if tg_op = 'UPDATE' and new.parent_id is not distinct from old.parent_id then return null; end if;   delete from organization_closure c
   where c.descendant_id in (with recursive d(id) as (select new.id union select o.id from organization o join d on o.parent_id = d.id) select id from d)
     and c.ancestor_id not in (with recursive d(id) as (select new.id union select o.id from organization o join d on o.parent_id = d.id) select id from d);   insert into organization_closure (ancestor_id, descendant_id)
  select a.id, d.id
    from (with recursive a(id) as (select new.id union select o.parent_id from organization o join a on o.id = a.id where o.parent_id is not null) select id from a) a
   cross join (with recursive d(id) as (select new.id union select o.id from organization o join d on o.parent_id = d.id) select id from d) d
  on conflict do nothing;   return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "organization_chain_of_command" AFTER INSERT OR UPDATE OR DELETE on "organization" for each ROW execute function "organization_organization_chain_of_command_fn"();`);
    this.addSql(`insert into "organization_closure" ("ancestor_id", "descendant_id")
      with recursive c(a, d) as (
        select id, id from organization
        union
        select o.parent_id, c.d from c join organization o on o.id = c.a where o.parent_id is not null
      ) select a, d from c;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "organization_closure" cascade;`);

    this.addSql(`drop trigger if exists "organization_chain_of_command" on "organization";`);
    this.addSql(`drop function if exists "organization_organization_chain_of_command_fn"();`);
  }

}
