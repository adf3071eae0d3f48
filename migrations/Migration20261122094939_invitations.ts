import { Migration } from '@mikro-orm/migrations';

export class Migration20261122094939_invitations extends Migration {
  override name = 'Migration20261122094939_invitations';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "invitation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "invited_by_id" uuid not null, primary key ("id"));`,
    );
    this.addSql(`create index "invitation_user_id_index" on "invitation" ("user_id");`);
    this.addSql(
      `alter table "invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");`,
    );

    this.addSql(
      `alter table "invitation" add constraint "invitation_user_id_foreign" foreign key ("user_id") references "app_user" ("id");`,
    );
    this.addSql(
      `alter table "invitation" add constraint "invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "invitation" cascade;`);
  }
}
