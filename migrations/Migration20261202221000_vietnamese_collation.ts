import { Migration } from '@mikro-orm/migrations';

/**
 * Names of areas and organizations sort the Vietnamese way (issue 14): an
 * ICU collation `vietnamese` (vi-VN), or the database default where the
 * server has no ICU, on their `name` columns.
 */
export class Migration20261202221000_vietnamese_collation extends Migration {

  override name = 'Migration20261202221000_vietnamese_collation';

  override up(): void | Promise<void> {
    this.addSql(`do $$ begin
      if not exists (select 1 from pg_collation where collname = 'vietnamese') then
        if exists (select 1 from pg_collation where collprovider = 'i') then
          create collation "vietnamese" (provider = icu, locale = 'vi-VN');
        else
          create collation "vietnamese" from "default";
        end if;
      end if;
    end $$;`);
    this.addSql(`alter table "administrative_area" alter column "name" type varchar(300) collate "vietnamese";`);
    this.addSql(`alter table "organization" alter column "name" type varchar(300) collate "vietnamese";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "administrative_area" alter column "name" type varchar(300) collate "default";`);
    this.addSql(`alter table "organization" alter column "name" type varchar(300) collate "default";`);
  }

}
