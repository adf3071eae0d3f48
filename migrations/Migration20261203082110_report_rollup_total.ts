import { Migration } from '@mikro-orm/migrations';

/**
 * Reports (issue 16 §3): the roll-up's pre-aggregate with the kinds of
 * organizations added together (docs/decisions/021-indicator-roll-up.md),
 * filled from `report_rollup`.
 */
export class Migration20261203082110_report_rollup_total extends Migration {

  override name = 'Migration20261203082110_report_rollup_total';

  override up(): void | Promise<void> {
    this.addSql(`create table "report_rollup_total" ("indicator_id" uuid not null, "area_id" uuid not null, "period_key" varchar(16) not null, "value" double precision not null, "reports" int not null, primary key ("indicator_id", "area_id", "period_key"));`);
    this.addSql(`insert into "report_rollup_total" ("indicator_id", "area_id", "period_key", "value", "reports")
      select "indicator_id", "area_id", "period_key", sum("value"), sum("reports") from "report_rollup" group by 1, 2, 3;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "report_rollup_total" cascade;`);
  }

}
