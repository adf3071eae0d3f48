import { Migration } from '@mikro-orm/migrations';

/**
 * Reports (issue 16 §3): the roll-up's pre-aggregate `report_rollup`
 * (docs/decisions/021-indicator-roll-up.md), filled from the approved
 * reports already there.
 */
export class Migration20261203074142_report_rollup extends Migration {

  override name = 'Migration20261203074142_report_rollup';

  override up(): void | Promise<void> {
    this.addSql(`create table "report_rollup" ("indicator_id" uuid not null, "area_id" uuid not null, "organization_kind" text not null, "period_key" varchar(16) not null, "period_start" date not null, "period_end" date not null, "value" double precision not null, "reports" int not null, primary key ("indicator_id", "area_id", "organization_kind", "period_key"));`);

    this.addSql(`alter table "report_rollup" add constraint "report_rollup_organization_kind_check" check ("organization_kind" in ('PARTY_COMMITTEE', 'PARTY_STANDING_COMMITTEE', 'MASS_MOBILIZATION_COMMISSION', 'PEOPLES_COUNCIL', 'PEOPLES_COMMITTEE', 'STATE_AGENCY', 'ARMED_FORCES', 'FATHERLAND_FRONT', 'SOCIO_POLITICAL_ORG', 'GRASSROOTS_BODY'));`);

    this.addSql(`with recursive up(submission_id, area_id) as (
        select s.id, s.area_id from report_submission s
         where s.status = 'APPROVED' and not exists (
           select 1 from report_submission c where c.corrects_id = s.id and c.status = 'APPROVED')
        union all
        select up.submission_id, a.parent_id from up join administrative_area a on a.id = up.area_id
         where a.parent_id is not null)
      insert into report_rollup (indicator_id, area_id, organization_kind, period_key, period_start, period_end, value, reports)
      select v.indicator_id, up.area_id, o.kind, s.period_key, s.period_start, s.period_end, sum(v.value), count(*)
        from up join report_submission s on s.id = up.submission_id
        join organization o on o.id = s.organization_id
        join report_value v on v.submission_id = s.id
       group by 1, 2, 3, 4, 5, 6;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "report_rollup" cascade;`);
  }

}
