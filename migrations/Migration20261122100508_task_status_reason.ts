import { Migration } from '@mikro-orm/migrations';

export class Migration20261122100508_task_status_reason extends Migration {

  override name = 'Migration20261122100508_task_status_reason';

  override up(): void | Promise<void> {
    this.addSql(`alter table "task" add "status_reason" varchar(2000) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "task" drop column "status_reason";`);
  }

}
