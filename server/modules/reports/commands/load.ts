import { LockMode, type EntityManager, type Ref } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { atVersion, authorizeAtVersion } from '../../../core/policy.js';
import { Organization } from '../../organizations/organization.entity.js';
import { ReportForm, ReportFormIndicator } from '../report-form.entity.js';
import { EDITABLE_SUBMISSION_STATUSES, SubmissionStatus } from '../report.enums.js';
import { ReportRefusal, refusedInput, refusedState } from '../report.errors.js';
import { loadSubmissionAccessViews } from '../report.access.js';
import type { FormIndicator } from '../report-values.js';
import { submissionPolicy, type SubmissionAccessView } from '../report.policy.js';
import { IN_FORM_SCOPE } from '../report.repository.js';
import { ReportSubmission } from '../submission.entity.js';

/** A form with its indicators by code. */
export interface LoadedForm {
  form: ReportForm;
  indicators: Map<string, FormIndicator>;
}

/** The form `formId` (a database id) with its indicators; NOT_FOUND when missing. */
export async function loadFormById(
  em: EntityManager,
  formId: string,
  globalId?: string,
): Promise<LoadedForm> {
  const form = await em.findOne(ReportForm, formId);
  if (!form) throw notFound('ReportForm', globalId ?? formId);
  const rows = await em.find(
    ReportFormIndicator,
    { form },
    { populate: ['indicator'], orderBy: { position: 'asc' } },
  );
  const indicators = new Map(
    rows.map(({ indicator }) => {
      const i = indicator.getEntity();
      return [i.code, { id: i.id, code: i.code, unit: i.unit, source: i.source }];
    }),
  );
  return { form, indicators };
}

/** The form of an input's global id, with its indicators. */
export function loadForm(em: EntityManager, globalId: string, field = 'formId'): Promise<LoadedForm> {
  return loadFormById(em, fromGlobalId(globalId, 'ReportForm', field), globalId);
}

/** An organization, share-locked until commit (a concurrent merger waits); NOT_FOUND when missing. */
export async function loadOrganizationById(
  em: EntityManager,
  id: string,
  globalId?: string,
): Promise<Organization> {
  const organization = await em.findOne(Organization, id, { lockMode: LockMode.PESSIMISTIC_READ });
  if (!organization) throw notFound('Organization', globalId ?? id);
  return organization;
}

/**
 * Throws (BAD_USER_INPUT, NOT_REQUIRED_TO_SUBMIT on `organizationId`) unless
 * the form requires reports of the organization's kind at its area's level
 * and the organization is in the form's scope (`IN_FORM_SCOPE`) and still
 * existed at the period's end (as completeness expects it).
 */
export async function assertRequired(
  em: EntityManager,
  form: ReportForm,
  organization: Organization,
  periodEnd: string,
): Promise<void> {
  const rows = await em.execute<{ n: number }[]>(
    `select 1 as n from report_form_requirement r
       join report_form f on f.id = r.form_id
       join organization o on o.id = ?
       join administrative_area a on a.id = o.area_id
      where r.form_id = ? and r.organization_kind = o.kind and r.area_level = a.level
        and (o.ended_on is null or o.ended_on > ?::date)
        and ${IN_FORM_SCOPE('f', 'o')}`,
    [organization.id, form.id, periodEnd],
  );
  if (!rows.length) {
    throw refusedInput(
      ReportRefusal.NOT_REQUIRED_TO_SUBMIT,
      'organizationId',
      `${organization.name} is not required to submit ${form.name}`,
    );
  }
}

/** Who approves the organization's reports on the form: the form's fixed approver, else its parent. */
export function approverOf(form: ReportForm, organization: Organization): Ref<Organization> | null {
  return form.approver ?? organization.parent;
}

/** A submission loaded for a change, with its policy view. */
export interface SubmissionToChange {
  submission: ReportSubmission;
  view: SubmissionAccessView;
}

/**
 * Loads and locks (FOR UPDATE) the submission of `input` and authorizes
 * `action` at the client's version (`authorizeAtVersion`: NOT_FOUND when the
 * viewer may not read it, then CONFLICT on `expectedVersion` when stale, then
 * FORBIDDEN).
 */
export async function loadSubmissionToChange(
  ctx: Context,
  em: EntityManager,
  input: { submissionId: string; expectedVersion: number },
  action: 'edit' | 'review',
): Promise<SubmissionToChange> {
  const id = fromGlobalId(input.submissionId, 'ReportSubmission', 'submissionId');
  const submission = await em.findOne(ReportSubmission, id, {
    refresh: true,
    lockMode: LockMode.PESSIMISTIC_WRITE,
  });
  const view = submission ? (await loadSubmissionAccessViews(em, [id])).get(id) : undefined;
  if (!submission || !view) throw notFound('ReportSubmission', input.submissionId);
  await authorizeAtVersion(
    ctx,
    submissionPolicy,
    action,
    view,
    atVersion(submission, input.expectedVersion, 'report'),
  );
  return { submission, view };
}

/** Throws CONFLICT unless the submission's entered values may change (DRAFT or RETURNED, and current). */
export function assertEditable(submission: ReportSubmission): void {
  if (submission.status === SubmissionStatus.APPROVED || !submission.current) {
    throw refusedState(ReportRefusal.LOCKED, 'the report is approved and locked: open a correction instead', {
      status: submission.status,
    });
  }
  if (!EDITABLE_SUBMISSION_STATUSES.includes(submission.status)) {
    throw refusedState(ReportRefusal.WRONG_STATUS, `a ${submission.status} report cannot be changed`, {
      status: submission.status,
    });
  }
}
