import { Migration } from '@mikro-orm/migrations';

/**
 * A program's tasks in deadline order (`Program.tasks`, keyset on `due_on, id`
 * per program): read from the index, no sort per program.
 */
export class Migration20261202212910_task_program_due_on extends Migration {

  override name = 'Migration20261202212910_task_program_due_on';

  override up(): void | Promise<void> {
    this.addSql(`create index "task_program_id_due_on_id_index" on "task" ("program_id", "due_on", "id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "task_program_id_due_on_id_index";`);
  }

}
