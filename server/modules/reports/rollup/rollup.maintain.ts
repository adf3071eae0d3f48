import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../../../core/access.js';
import { SubmissionStatus } from '../report.enums.js';

const APPROVED = `'${SubmissionStatus.APPROVED}'`;

/**
 * SQL condition: submission `s` is the approved version of its report that
 * counts — approved, and no approved correction replaces it (a correction
 * replaces the approved version only once it is approved itself).
 */
export const COUNTS_IN_ROLLUP = (s: string): string =>
  `${s}.status = ${APPROVED} and not exists (
     select 1 from report_submission c where c.corrects_id = ${s}.id and c.status = ${APPROVED})`;

/**
 * Adds the values of `signed` (a relation `(id uuid, sign int)` of
 * submissions) to the rows of their area and of every area above it, by kind
 * (`report_rollup`) and all kinds together (`report_rollup_total`).
 */
const ADD_TO_ROLLUP = (signed: string): string => `
  up(submission_id, sign, area_id) as (
    select g.id, g.sign, s.area_id from ${signed} g join report_submission s on s.id = g.id
    union all
    select up.submission_id, up.sign, a.parent_id
      from up join administrative_area a on a.id = up.area_id where a.parent_id is not null),
  by_kind as (
    insert into report_rollup as r
           (indicator_id, area_id, organization_kind, period_key, period_start, period_end, value, reports)
    select v.indicator_id, up.area_id, o.kind, s.period_key, s.period_start, s.period_end,
           sum(up.sign * v.value), sum(up.sign)
      from up
      join report_submission s on s.id = up.submission_id
      join organization o on o.id = s.organization_id
      join report_value v on v.submission_id = s.id
     group by 1, 2, 3, 4, 5, 6
    on conflict (indicator_id, area_id, organization_kind, period_key)
    do update set value = r.value + excluded.value, reports = r.reports + excluded.reports)
  insert into report_rollup_total as r (indicator_id, area_id, period_key, value, reports)
  select v.indicator_id, up.area_id, s.period_key, sum(up.sign * v.value), sum(up.sign)
    from up
    join report_submission s on s.id = up.submission_id
    join report_value v on v.submission_id = s.id
   group by 1, 2, 3
  on conflict (indicator_id, area_id, period_key)
  do update set value = r.value + excluded.value, reports = r.reports + excluded.reports`;

/**
 * Keeps the pre-aggregate current when submissions `ids` have just been
 * approved, in the caller's transaction (one statement): adds their values
 * to their area and every area above it, and takes away those of the
 * approved versions they correct. Call after the status change is flushed.
 */
export async function applyApprovedToRollup(em: EntityManager, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  await em.execute(
    `with recursive signed(id, sign) as (
       select s.id, 1 from report_submission s where s.id = any(?::uuid[]) and s.status = ${APPROVED}
       union all
       select s.corrects_id, -1 from report_submission s
        where s.id = any(?::uuid[]) and s.status = ${APPROVED} and s.corrects_id is not null),
     ${ADD_TO_ROLLUP('signed')}`,
    [uuidArray(ids), uuidArray(ids)],
  );
}

/**
 * Rebuilds the pre-aggregate from every approved version that counts
 * (`COUNTS_IN_ROLLUP`), in one transaction of the caller: for bulk loads
 * (the demo, the benchmark) that insert submissions without the commands.
 */
export async function rebuildRollup(em: EntityManager): Promise<void> {
  await em.execute('delete from report_rollup');
  await em.execute('delete from report_rollup_total');
  await em.execute(
    `with recursive signed(id, sign) as (
       select s.id, 1 from report_submission s where ${COUNTS_IN_ROLLUP('s')}),
     ${ADD_TO_ROLLUP('signed')}`,
  );
}
