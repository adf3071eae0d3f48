import type { EntityManager } from '@mikro-orm/postgresql';
import type { ViewerAccess } from '../../core/access.js';
import type { ListQuery, SortKey } from '../../core/read/keyset.js';
import { inAreaSubtree } from '../areas/area.repository.js';
import { IN_ORGANIZATION_SUBTREE_SQL } from '../organizations/organization.subtree.js';
import type { ReportingPeriod } from './periods.js';
import { SubmissionStatus } from './report.enums.js';
import { submissionPolicy } from './report.policy.js';

/**
 * SQL condition: organization `o` falls under form `f`'s scope — anywhere
 * for the platform's forms (no owner), else in the area of the form's owner
 * or an area below it (a province's form binds its own units only).
 */
export const IN_FORM_SCOPE = (f: string, o: string): string =>
  `(${f}.owner_id is null or exists (
     with recursive up(id, parent_id) as (
       select a.id, a.parent_id from administrative_area a where a.id = ${o}.area_id
       union all
       select a.id, a.parent_id from administrative_area a join up on a.id = up.parent_id)
     select 1 from up join organization w on w.area_id = up.id where w.id = ${f}.owner_id))`;

const REPORTED = `('${SubmissionStatus.SUBMITTED}', '${SubmissionStatus.APPROVED}')`;

/**
 * The organizations expected to report on a form for a period in an area's
 * subtree (alias `e`): of a kind at an area level the form requires, in the
 * form's scope (`IN_FORM_SCOPE`), still in existence at the period's end; with, over every version of their report,
 * whether one was submitted (or approved), on time (first submitted by the due date, Vietnam
 * days: a report returned and resubmitted late still counts on time, as in DHIS2), approved,
 * and the status of the current version. Each row carries the columns of the submission read
 * rule (`organization_id`, `approver_id`: its report's approver, else the one it would have), so
 * the viewer sees only the expected reports it may read (`submissionPolicy.where`).
 * Parameters: form id, period key, area id, period end.
 */
const EXPECTED = `(select o.id, o.name, x.current_status, o.id as organization_id,
         coalesce(x.approver_id, f.approver_id, o.parent_id) as approver_id,
         coalesce(x.submitted, false) as submitted, coalesce(x.on_time, false) as on_time,
         coalesce(x.approved, false) as approved
    from organization o
    join administrative_area a on a.id = o.area_id
    join report_form_requirement r
      on r.form_id = ?::uuid and r.organization_kind = o.kind and r.area_level = a.level
    join report_form f on f.id = r.form_id
    left join lateral (
      select bool_or(s.status in ${REPORTED}) as submitted,
             bool_or(s.status in ${REPORTED}
                     and (coalesce(s.first_submitted_at, s.submitted_at) at time zone 'Asia/Ho_Chi_Minh')::date
                         <= s.due_on) as on_time,
             bool_or(s.status = '${SubmissionStatus.APPROVED}') as approved,
             min(s.status) filter (where s.current) as current_status,
             (array_agg(s.approver_id) filter (where s.current))[1] as approver_id
        from report_submission s
       where s.form_id = r.form_id and s.organization_id = o.id and s.period_key = ?) x on true
   where ${inAreaSubtree('o.area_id')}
     and (o.ended_on is null or o.ended_on > ?::date)
     and ${IN_FORM_SCOPE('f', 'o')}) e`;

const expectedParams = (formId: string, period: ReportingPeriod, areaId: string): unknown[] => [
  formId,
  period.key,
  areaId,
  period.end,
];

/** The expected reports the viewer may read (denied looks like missing): a condition on `e`, or null for all. */
const readable = (access: ViewerAccess) => submissionPolicy.where(access, 'e');

/** Completeness counts of a form, period and area subtree. */
export interface CompletenessCounts {
  expected: number;
  submitted: number;
  submittedOnTime: number;
  approved: number;
}

/** The completeness counts in one statement, over the expected reports the viewer may read. */
export async function completenessCounts(
  em: EntityManager,
  formId: string,
  period: ReportingPeriod,
  areaId: string,
  access: ViewerAccess,
): Promise<CompletenessCounts> {
  const visible = readable(access);
  const [row] = await em.execute<
    { expected: string; submitted: string; on_time: string; approved: string }[]
  >(
    `select count(*) as expected, count(*) filter (where e.submitted) as submitted,
            count(*) filter (where e.on_time) as on_time, count(*) filter (where e.approved) as approved
       from ${EXPECTED}${visible ? ` where ${visible.sql}` : ''}`,
    [...expectedParams(formId, period, areaId), ...(visible?.params ?? [])],
  );
  return {
    expected: Number(row?.expected ?? 0),
    submitted: Number(row?.submitted ?? 0),
    submittedOnTime: Number(row?.on_time ?? 0),
    approved: Number(row?.approved ?? 0),
  };
}

/** The organizations that have not submitted (alias `e`) of those the viewer may read, by name: the `missing` connection. */
export function missingReportsQuery(
  formId: string,
  period: ReportingPeriod,
  areaId: string,
  access: ViewerAccess,
): ListQuery {
  const visible = readable(access);
  const keys: SortKey[] = [
    { expr: 'e.name', dir: 'asc', kind: 'text' },
    { expr: 'e.id', dir: 'asc', kind: 'uuid' },
  ];
  return {
    select: 'e.id, e.current_status',
    from: EXPECTED,
    parent: null,
    where: ['not e.submitted', ...(visible ? [visible.sql] : [])],
    params: [...expectedParams(formId, period, areaId), ...(visible?.params ?? [])],
    keys,
  };
}

/** Filters of submission lists, with database ids. */
export interface SubmissionListFilter {
  formId?: string | null;
  periodKey?: string | null;
  status?: SubmissionStatus[] | null;
  organizationId?: string | null;
  approverId?: string | null;
  includeReplaced?: boolean | null;
}

/** The `reportSubmissions` list (alias `s`), newest period first, restricted to what the viewer may read. */
export function submissionListQuery(filter: SubmissionListFilter, access: ViewerAccess): ListQuery {
  const where: string[] = [];
  const params: unknown[] = [];
  const visible = submissionPolicy.where(access, 's');
  if (visible) {
    where.push(visible.sql);
    params.push(...visible.params);
  }
  if (!filter.includeReplaced) where.push('s.current');
  if (filter.formId) {
    where.push('s.form_id = ?::uuid');
    params.push(filter.formId);
  }
  if (filter.periodKey) {
    where.push('s.period_key = ?');
    params.push(filter.periodKey);
  }
  if (filter.status?.length) {
    where.push('s.status = any(?::text[])');
    params.push(`{${filter.status.join(',')}}`);
  }
  if (filter.organizationId) {
    where.push(IN_ORGANIZATION_SUBTREE_SQL('s.organization_id'));
    params.push(filter.organizationId);
  }
  if (filter.approverId) {
    where.push('s.approver_id = ?::uuid');
    params.push(filter.approverId);
  }
  return {
    select: 's.*',
    from: 'report_submission s',
    parent: null,
    where,
    params,
    keys: [
      { expr: 's.period_end', dir: 'desc', kind: 'date' },
      { expr: 's.id', dir: 'asc', kind: 'uuid' },
    ],
  };
}
