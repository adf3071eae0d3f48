import { Migration } from '@mikro-orm/migrations';

/**
 * Inbox order by commit-ordered sequence numbers instead of transaction ids
 * (docs/decisions/010-notification-sequence.md). Existing notifications are
 * numbered in their old (txid, id) order, so the inbox keeps its order; the
 * sequence continues after them.
 */
export class Migration20261202165622_notification_sequence extends Migration {

  override name = 'Migration20261202165622_notification_sequence';

  override up(): void | Promise<void> {
    this.addSql(`create sequence "notification_seq";`);
    this.addSql(`alter table "notification" add column "seq" bigint null;`);
    this.addSql(`update "notification" n set "seq" = o.rank from (select "id", row_number() over (order by "txid", "id") as rank from "notification") o where o."id" = n."id";`);
    this.addSql(`select setval('notification_seq', coalesce((select max("seq") from "notification"), 0) + 1, false);`);
    this.addSql(`drop index "notification_recipient_id_txid_id_index";`);
    this.addSql(`alter table "notification" drop column "txid";`);
    this.addSql(`create index "notification_recipient_id_seq_index" on "notification" ("recipient_id", "seq");`);
    this.addSql(`create index "notification_unstamped" on "notification" ("id") where "seq" is null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "notification_unstamped";`);
    this.addSql(`drop index "notification_recipient_id_seq_index";`);
    this.addSql(`alter table "notification" add column "txid" bigint not null default ((pg_current_xact_id())::text)::bigint;`);
    this.addSql(`update "notification" set "txid" = coalesce("seq", 0);`);
    this.addSql(`alter table "notification" drop column "seq";`);
    this.addSql(`drop sequence "notification_seq";`);
    this.addSql(`create index "notification_recipient_id_txid_id_index" on "notification" ("recipient_id", "txid", "id");`);
  }

}
