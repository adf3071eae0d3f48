import { Migration } from '@mikro-orm/migrations';

/** Issue 15: an organization's start date, so "the communes existing on a date" is a query (model adoption shares). */
export class Migration20261203073951_organization_started_on extends Migration {

  override name = 'Migration20261203073951_organization_started_on';

  override up(): void | Promise<void> {
    this.addSql(`alter table "organization" add column "started_on" date null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "organization" drop column "started_on";`);
  }

}
