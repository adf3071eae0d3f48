import { Migration } from '@mikro-orm/migrations';

/** Reports (issue 16): the indicator "citizens received" (counted from citizen-reception meetings). */
export class Migration20261203050400_report_citizens_received extends Migration {

  override name = 'Migration20261203050400_report_citizens_received';

  override up(): void | Promise<void> {
    this.addSql(`insert into "report_indicator" ("id", "created_at", "updated_at", "code", "name_vi", "name_en", "unit", "source", "aggregation") values (gen_random_uuid(), now(), now(), 'CITIZENS_RECEIVED', 'Số lượt công dân được tiếp', 'Citizens received', 'PEOPLE', 'COUNTED', 'SUM');`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "report_indicator" where "code" = 'CITIZENS_RECEIVED';`);
  }

}
