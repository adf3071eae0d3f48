import { Migration } from '@mikro-orm/migrations';

/** Inbox titles written so far with ISO dates ("Quá hạn (2026-06-30)") as people read them ("30/06/2026"). */
export class Migration20261202220000_notification_dates extends Migration {

  override name = 'Migration20261202220000_notification_dates';

  override up(): void | Promise<void> {
    this.addSql(`update "notification" set "title" = regexp_replace("title", '\\m(\\d{4})-(\\d{2})-(\\d{2})\\M', '\\3/\\2/\\1', 'g')
      where "title" ~ '\\d{4}-\\d{2}-\\d{2}';`);
  }

}
