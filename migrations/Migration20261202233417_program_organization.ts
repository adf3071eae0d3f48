import { Migration } from '@mikro-orm/migrations';

/**
 * The programs module's view `program_organization` (a program's owner and
 * participants), read by the task policy's SQL instead of the programs
 * module's tables (issue 12; docs/decisions/012-reminder-schedule.md).
 */
export class Migration20261202233417_program_organization extends Migration {

  override name = 'Migration20261202233417_program_organization';

  override up(): void | Promise<void> {
    this.addSql(`create view "program_organization" as select id as source_id, id as program_id, owner_id as organization_id, null::text as role from coordination_program
    union all select id as source_id, program_id, organization_id, role from program_participant;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop view if exists "program_organization" cascade;`);
  }

}
