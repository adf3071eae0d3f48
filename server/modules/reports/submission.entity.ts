import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { AdministrativeArea } from '../areas/area.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';
import { ReportIndicator } from './indicator.entity.js';
import { ReportForm } from './report-form.entity.js';
import { IndicatorSource, SubmissionStatus } from './report.enums.js';

/**
 * One organization's report on one form for one period ("2026", "2026-Q1",
 * "2026-H1", "2026-03"). A correction of an approved report is a new row with
 * the next `revision`, `corrects` pointing at the one it replaces, which stays
 * readable with `current = false`.
 */
@Entity({ tableName: 'report_submission' })
@Unique({ properties: ['form', 'organization', 'periodKey', 'revision'] })
@Index({ properties: ['form', 'periodKey', 'status'] })
@Index({ properties: ['organization', 'periodKey'] })
@Index({
  name: 'report_submission_one_current',
  expression:
    'create unique index "report_submission_one_current" on "report_submission" ("form_id", "organization_id", "period_key") where "current"',
})
export class ReportSubmission extends BaseEntity {
  @ManyToOne(() => ReportForm, { ref: true })
  form!: Ref<ReportForm>;

  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  /** The organization's area when the report was opened (kept when it later moves or merges). */
  @ManyToOne(() => AdministrativeArea, { ref: true, index: true })
  area!: Ref<AdministrativeArea>;

  /**
   * Who approves it: the form's fixed approver, else the organization above
   * the reporter in its chain of command, as of the last save or submission;
   * null when there is none (system administrators approve).
   */
  @ManyToOne(() => Organization, { ref: true, nullable: true, index: true })
  approver: Ref<Organization> | null = null;

  @Property({ type: 'string', length: 16 })
  periodKey!: string;

  /** First day of the period (the cut-off days of Decree 09/2019). */
  @Property({ type: 'date' })
  periodStart!: string;

  /** Last day of the period. */
  @Property({ type: 'date' })
  periodEnd!: string;

  /** `periodEnd` + the form's deadline days. */
  @Property({ type: 'date' })
  dueOn!: string;

  @Property({ type: 'integer', default: 1 })
  revision: Opt<number> = 1;

  /** False once a correction replaced it. */
  @Property({ type: 'boolean', default: true })
  current: Opt<boolean> = true;

  @Enum({ items: () => SubmissionStatus, default: SubmissionStatus.DRAFT })
  status: Opt<SubmissionStatus> = SubmissionStatus.DRAFT;

  /** The approved submission this one corrects. */
  @ManyToOne(() => ReportSubmission, { ref: true, nullable: true })
  corrects: Ref<ReportSubmission> | null = null;

  @Property({ type: 'text', nullable: true })
  correctionReason: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null = null;

  /**
   * When the report (of this period, over its returns, resubmissions and
   * corrections) was first submitted: "on time" is decided by it, as DHIS2
   * does, so a report returned and resubmitted after the deadline still
   * counts on time when it first came in on time.
   */
  @Property({ type: 'timestamptz', nullable: true })
  firstSubmittedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  submittedBy: Ref<User> | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  approvedBy: Ref<User> | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  returnedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  returnedBy: Ref<User> | null = null;

  @Property({ type: 'text', nullable: true })
  returnComment: string | null = null;

  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}

/** A value of one indicator in one submission; COUNTED ones frozen at submission. */
@Entity({ tableName: 'report_value' })
@Unique({ properties: ['submission', 'indicator'] })
@Index({ properties: ['indicator'] })
export class ReportValue extends BaseEntity {
  @ManyToOne(() => ReportSubmission, { ref: true })
  submission!: Ref<ReportSubmission>;

  @ManyToOne(() => ReportIndicator, { ref: true })
  indicator!: Ref<ReportIndicator>;

  @Property({ type: 'double' })
  value!: number;

  @Enum({ items: () => IndicatorSource })
  source!: IndicatorSource;
}
