import { Migration } from '@mikro-orm/migrations';

/**
 * The chain of command's trigger (decision 022), replaced: an insert only
 * links the new organization's branch to its ancestors (nothing to unlink); a
 * change of parent unlinks the branch from the ancestors it left, then links
 * it; other updates return at once. The trigger itself is unchanged.
 */
export class Migration20261203101428_organization_closure_insert_links extends Migration {

  override name = 'Migration20261203101428_organization_closure_insert_links';

  override up(): void | Promise<void> {
    this.addSql(`create or replace function "organization_organization_chain_of_command_fn"() returns trigger as \$\$ begin if tg_op = 'DELETE' then
    delete from organization_closure where descendant_id = old.id or ancestor_id = old.id;     return null;   end if;   if tg_op = 'UPDATE' then
    if new.parent_id is not distinct from old.parent_id then return null; end if;     delete from organization_closure c
     where c.descendant_id in (with recursive d(id) as (select new.id union select o.id from organization o join d on o.parent_id = d.id) select id from d)
       and c.ancestor_id not in (with recursive d(id) as (select new.id union select o.id from organization o join d on o.parent_id = d.id) select id from d);   end if;   insert into organization_closure (ancestor_id, descendant_id)
  select a.id, d.id
    from (with recursive a(id) as (select new.id union select o.parent_id from organization o join a on o.id = a.id where o.parent_id is not null) select id from a) a
   cross join (with recursive d(id) as (select new.id union select o.id from organization o join d on o.parent_id = d.id) select id from d) d
  on conflict do nothing;   return null; end; \$\$ language plpgsql;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create or replace function "organization_organization_chain_of_command_fn"() returns trigger as \$\$ begin if tg_op = 'DELETE' then
    delete from organization_closure where descendant_id = old.id or ancestor_id = old.id;     return null;   end if;   if tg_op = 'UPDATE' and new.parent_id is not distinct from old.parent_id then return null; end if;   delete from organization_closure c
   where c.descendant_id in (with recursive d(id) as (select new.id union select o.id from organization o join d on o.parent_id = d.id) select id from d)
     and c.ancestor_id not in (with recursive d(id) as (select new.id union select o.id from organization o join d on o.parent_id = d.id) select id from d);   insert into organization_closure (ancestor_id, descendant_id)
  select a.id, d.id
    from (with recursive a(id) as (select new.id union select o.parent_id from organization o join a on o.id = a.id where o.parent_id is not null) select id from a) a
   cross join (with recursive d(id) as (select new.id union select o.id from organization o join d on o.parent_id = d.id) select id from d) d
  on conflict do nothing;   return null; end; \$\$ language plpgsql;`);
  }

}
