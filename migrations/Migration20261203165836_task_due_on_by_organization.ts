import { Migration } from '@mikro-orm/migrations';

/**
 * Each assignment keeps its task's deadline (copied by triggers), so an
 * organization's tasks by deadline are read from one index in order, up to
 * the page's end (decision 028).
 */
export class Migration20261203165836_task_due_on_by_organization extends Migration {

  override name = 'Migration20261203165836_task_due_on_by_organization';

  override up(): void | Promise<void> {
    this.addSql(`alter table "task_assignment" add "task_due_on" date null;`);
    // Added by hand: today's assignments take their task's deadline. At national scale
    // (3,000,000 assignments) that takes minutes, longer than the application's
    // statement timeout, which this transaction lifts.
    this.addSql(`set local statement_timeout = 0;`);
    this.addSql(`update "task_assignment" ta set "task_due_on" = t."due_on" from "task" t where t."id" = ta."task_id";`);
    this.addSql(`create index "task_assignment_current_by_task_due_on" on "task_assignment" ("organization_id", "task_due_on", "task_id") where "ended_on" is null;`);
    this.addSql(`create or replace function "task_assignment_task_assignment_task_due_on_fn"() returns trigger as \$\$ begin new.task_due_on := (select t.due_on from task t where t.id = new.task_id);   return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "task_assignment_task_due_on" BEFORE INSERT on "task_assignment" for each ROW execute function "task_assignment_task_assignment_task_due_on_fn"();`);
    this.addSql(`create or replace function "task_task_due_on_to_assignments_fn"() returns trigger as \$\$ begin if new.due_on is distinct from old.due_on then
    update task_assignment set task_due_on = new.due_on where task_id = new.id;   end if;   return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "task_due_on_to_assignments" AFTER UPDATE on "task" for each ROW execute function "task_task_due_on_to_assignments_fn"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "task_due_on_to_assignments" on "task";`);
    this.addSql(`drop function if exists "task_task_due_on_to_assignments_fn"();`);

    this.addSql(`drop index "task_assignment_current_by_task_due_on";`);
    this.addSql(`drop trigger if exists "task_assignment_task_due_on" on "task_assignment";`);
    this.addSql(`drop function if exists "task_assignment_task_assignment_task_due_on_fn"();`);
    this.addSql(`alter table "task_assignment" drop column "task_due_on";`);
  }

}
