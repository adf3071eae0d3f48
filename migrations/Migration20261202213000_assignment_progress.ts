import { Migration } from '@mikro-orm/migrations';

/**
 * Each assignment keeps its organization's own progress and last report time
 * (issue 14): filled from the reports so far; a task's progress becomes its
 * current lead's latest report (a coordinating organization's report had
 * replaced it).
 */
export class Migration20261202213000_assignment_progress extends Migration {

  override name = 'Migration20261202213000_assignment_progress';

  override up(): void | Promise<void> {
    this.addSql(`alter table "task_assignment" add column "progress" smallint null, add column "reported_at" timestamptz null;`);
    this.addSql(`update "task_assignment" a set "progress" = r."percent", "reported_at" = r."created_at"
      from (select distinct on ("task_id", "organization_id") "task_id", "organization_id", "percent", "created_at"
              from "progress_report" order by "task_id", "organization_id", "created_at" desc, "id" desc) r
      where r."task_id" = a."task_id" and r."organization_id" = a."organization_id";`);
    this.addSql(`update "task" t set "progress_percent" = coalesce(a."progress", 0)
      from "task_assignment" a
      where a."task_id" = t."id" and a."role" = 'LEAD' and a."ended_on" is null and t."status" <> 'DONE';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "task_assignment" drop column "progress", drop column "reported_at";`);
  }

}
