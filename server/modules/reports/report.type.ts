import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/node.js';
import { connectionType } from '../../core/pagination.js';
import { readAs } from '../../core/read/rows.js';
import { LocalDate } from '../../core/scalars.js';
import { AreaLevel } from '../areas/area.entity.js';
import { OrganizationKind } from '../organizations/organization.entity.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { ReportIndicator, ReportValidationRule } from './indicator.entity.js';
import { ReportForm } from './report-form.entity.js';
import { ReportSubmission } from './submission.entity.js';
import {
  IndicatorAggregation,
  IndicatorSource,
  IndicatorUnit,
  PeriodType,
  RuleOperator,
  SubmissionStatus,
} from './report.enums.js';

registerEnumType(IndicatorUnit, {
  name: 'IndicatorUnit',
  description: "What an indicator's number means.",
  valuesConfig: {
    COUNT: { description: 'Số lượng' },
    PEOPLE: { description: 'Số người, lượt người' },
    PERCENT: { description: 'Tỷ lệ phần trăm (0–100)' },
    RATIO: { description: 'Tỷ số' },
  },
});
registerEnumType(IndicatorSource, {
  name: 'IndicatorSource',
  description: 'How an indicator is obtained.',
  valuesConfig: {
    COUNTED: { description: 'Đếm từ dữ liệu của hệ thống' },
    ENTERED: { description: 'Nhập vào mẫu báo cáo' },
    DERIVED: { description: 'Tính từ các chỉ tiêu khác' },
  },
});
registerEnumType(IndicatorAggregation, {
  name: 'IndicatorAggregation',
  description:
    'How an indicator rolls up: SUM, or RATIO recomputed from its summed numerator and denominator.',
});
registerEnumType(PeriodType, {
  name: 'PeriodType',
  description: 'Reporting periods of Decree 09/2019/NĐ-CP (cut-off on the 14th).',
  valuesConfig: {
    MONTH: { description: 'Tháng (15 tháng trước – 14 tháng báo cáo)' },
    QUARTER: { description: 'Quý' },
    HALF_YEAR: { description: '6 tháng' },
    YEAR: { description: 'Năm (15/12 năm trước – 14/12)' },
  },
});
registerEnumType(SubmissionStatus, {
  name: 'ReportStatus',
  description: 'DRAFT → SUBMITTED → APPROVED (locked) or RETURNED (editable again).',
  valuesConfig: {
    DRAFT: { description: 'Đang soạn' },
    SUBMITTED: { description: 'Đã gửi, chờ duyệt' },
    APPROVED: { description: 'Đã duyệt (khóa)' },
    RETURNED: { description: 'Bị trả lại để chỉnh sửa' },
  },
});
registerEnumType(RuleOperator, { name: 'RuleOperator', description: 'sum(left) <op> sum(right).' });

/** A class to extend with more fields: `Node`, or `Object` (a mixin's base must take any arguments). */
type Base = abstract new (...args: any[]) => object;

/** Adds a definition's code and its Vietnamese and English names (an indicator, a validation rule). */
function withCodeAndNames<B extends Base>(base: B) {
  @ObjectType()
  abstract class CodeAndNames extends base {
    @Field()
    code!: string;

    @Field()
    nameVi!: string;

    @Field()
    nameEn!: string;
  }
  return CodeAndNames;
}

/** Adds a reporting period's first and last days and the day its reports are due (a submission, a completeness). */
function withReportingPeriod<B extends Base>(base: B) {
  @ObjectType()
  abstract class ReportingPeriodDays extends base {
    @Field(() => LocalDate)
    periodStart!: string;

    @Field(() => LocalDate)
    periodEnd!: string;

    @Field(() => LocalDate)
    dueOn!: string;
  }
  return ReportingPeriodDays;
}

/** An indicator ("chỉ tiêu"). */
@ObjectType('ReportIndicator', { implements: Node })
export class ReportIndicatorType extends withCodeAndNames(Node) {
  @Field(() => IndicatorUnit)
  unit!: IndicatorUnit;

  @Field(() => IndicatorSource)
  source!: IndicatorSource;

  @Field(() => IndicatorAggregation)
  aggregation!: IndicatorAggregation;

  @Field(() => String, { nullable: true, description: 'RATIO: the indicator above the line.' })
  numeratorCode!: string | null;

  @Field(() => String, { nullable: true, description: 'RATIO: the indicator below the line.' })
  denominatorCode!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;
}

/** A validation rule between indicators, checked on submission. */
@ObjectType('ReportValidationRule')
export class ReportValidationRuleType extends withCodeAndNames(Object) {
  @Field(() => [String])
  leftCodes!: string[];

  @Field(() => RuleOperator)
  operator!: RuleOperator;

  @Field(() => [String])
  rightCodes!: string[];
}

/** An indicator on a form, in order, under its section heading. */
@ObjectType('ReportFormIndicator')
export class ReportFormIndicatorType {
  @Field(() => ReportIndicatorType)
  indicator!: ReportIndicatorType;

  @Field(() => Int)
  position!: number;

  @Field(() => String, { nullable: true })
  section!: string | null;
}

/** Organizations of this kind at this area level must submit the form. */
@ObjectType('ReportFormRequirement')
export class ReportFormRequirementType {
  @Field(() => OrganizationKind)
  organizationKind!: OrganizationKind;

  @Field(() => AreaLevel)
  areaLevel!: AreaLevel;
}

/** A report form ("mẫu báo cáo"). */
@ObjectType('ReportForm', { implements: Node })
export class ReportFormType extends Node {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  nameEn!: string | null;

  @Field(() => PeriodType)
  periodType!: PeriodType;

  @Field(() => Int, { description: "Days after the period's cut-off by which a report is due." })
  deadlineDays!: number;

  @Field()
  active!: boolean;
}

/** A value of one indicator in a submission. */
@ObjectType('ReportValue')
export class ReportValueType {
  @Field(() => ReportIndicatorType)
  indicator!: ReportIndicatorType;

  @Field(() => Float)
  value!: number;

  @Field(() => IndicatorSource, {
    description: 'COUNTED: frozen from the records at submission; ENTERED: typed.',
  })
  source!: IndicatorSource;
}

/** What the viewer may do on a submission. */
@ObjectType('ReportSubmissionPermissions')
export class SubmissionPermissions {
  @Field({ description: 'Save the draft, submit, open a correction.' })
  edit!: boolean;

  @Field({ description: 'Approve or return it.' })
  review!: boolean;
}

/** One organization's report on one form for one period, one version of it. */
@ObjectType('ReportSubmission', { implements: Node })
export class ReportSubmissionType extends withReportingPeriod(Node) {
  @Field({ description: 'The period: "2026", "2026-H1", "2026-Q1", "2026-03".' })
  periodKey!: string;

  @Field(() => Int, { description: 'Version of the report: 1, then one more per correction.' })
  revision!: number;

  @Field({ description: 'False once a correction replaced it (it stays readable).' })
  current!: boolean;

  @Field(() => SubmissionStatus)
  status!: SubmissionStatus;

  @Field(() => String, { nullable: true })
  correctionReason!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was last submitted.' })
  submittedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the report was first submitted (kept over returns and corrections): on-time reporting is decided by it.',
  })
  firstSubmittedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  approvedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  returnedAt!: Date | null;

  @Field(() => String, { nullable: true })
  returnComment!: string | null;

  @Field(() => Int, { description: 'Optimistic-lock version; pass it back to the mutations.' })
  version!: number;
}

/** An organization expected to report that has not submitted (or whose report was returned). */
@ObjectType('MissingReport')
export class MissingReportType {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganizationType)
  organization!: OrganizationType;

  @Field(() => SubmissionStatus, {
    nullable: true,
    description: 'Its report, when one is open (DRAFT, RETURNED).',
  })
  status!: SubmissionStatus | null;

  @Field({ description: 'The deadline has passed.' })
  overdue!: boolean;
}

export const MissingReportConnection = connectionType('MissingReport', MissingReportType);
export const ReportSubmissionConnection = connectionType('ReportSubmission', ReportSubmissionType);

/** Completeness of a form for a period over an area subtree (DHIS2's reporting rates). */
@ObjectType('ReportCompleteness')
export class ReportCompletenessType extends withReportingPeriod(Object) {
  @Field(() => Int, { description: 'Organizations required to submit (active, by kind and area level).' })
  expected!: number;

  @Field(() => Int, { description: 'Of them, those whose report is submitted or approved.' })
  submitted!: number;

  @Field(() => Int, { description: 'Of them, submitted by the deadline.' })
  submittedOnTime!: number;

  @Field(() => Int)
  approved!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'submitted / expected, in percent; null when none expected.',
  })
  reportingRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'submittedOnTime / expected, in percent.' })
  onTimeRate!: number | null;
}

readAs(ReportIndicator, ReportIndicatorType, 'ReportIndicator');
readAs(ReportValidationRule, ReportValidationRuleType, 'ReportValidationRule');
readAs(ReportForm, ReportFormType, 'ReportForm');
readAs(ReportSubmission, ReportSubmissionType, 'ReportSubmission');
