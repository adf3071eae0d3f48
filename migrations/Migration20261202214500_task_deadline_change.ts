import { Migration } from '@mikro-orm/migrations';

/** The history of a task's deadline: extensions ("gia hạn") with their reason, and corrections. */
export class Migration20261202214500_task_deadline_change extends Migration {

  override name = 'Migration20261202214500_task_deadline_change';

  override up(): void | Promise<void> {
    this.addSql(`create table "task_deadline_change" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "task_id" uuid not null, "previous_due_on" date not null, "due_on" date not null, "reason" text null, "author_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "task_deadline_change_task_id_index" on "task_deadline_change" ("task_id");`);
    this.addSql(`alter table "task_deadline_change" add constraint "task_deadline_change_task_id_foreign" foreign key ("task_id") references "task" ("id");`);
    this.addSql(`alter table "task_deadline_change" add constraint "task_deadline_change_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "task_deadline_change" cascade;`);
  }

}
