import { Migration } from '@mikro-orm/migrations';

/**
 * Reports (issue 16): when a report was first submitted, kept over returns, resubmissions and
 * corrections, so "submitted on time" is decided by it (as DHIS2 does). Existing reports take
 * their (last) submission time, the best that is known; a correction takes the first one of the
 * report it corrects.
 */
export class Migration20261203074408_report_first_submitted_at extends Migration {

  override name = 'Migration20261203074408_report_first_submitted_at';

  override up(): void | Promise<void> {
    this.addSql(`alter table "report_submission" add column "first_submitted_at" timestamptz null;`);
    this.addSql(`update "report_submission" set "first_submitted_at" = "submitted_at" where "submitted_at" is not null;`);
    this.addSql(`with recursive chain(id, root_id) as (
        select id, id from "report_submission" where "corrects_id" is null
        union all
        select s.id, chain.root_id from "report_submission" s join chain on s.corrects_id = chain.id)
      update "report_submission" s set "first_submitted_at" = r."first_submitted_at"
        from chain join "report_submission" r on r.id = chain.root_id
       where s.id = chain.id and s.id <> chain.root_id and r."first_submitted_at" is not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "report_submission" drop column "first_submitted_at";`);
  }

}
