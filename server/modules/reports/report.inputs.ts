import { ArrayMaxSize, ArrayMinSize, Matches, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Name, Text } from '../../core/text.js';
import { AreaLevel } from '../areas/area.entity.js';
import { OrganizationKind } from '../organizations/organization.entity.js';
import { IndicatorSource, IndicatorUnit, PeriodType, SubmissionStatus } from './report.enums.js';
import { ReportFormType, ReportIndicatorType, ReportSubmissionType } from './report.type.js';

/** Most values in one save (a form has a few dozen indicators). */
const MAX_VALUES = 200;
/** A period key: "2026", "2026-H1", "2026-Q1", "2026-03". */
const PERIOD_KEY = /^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;

/** A typed value of an ENTERED indicator; null clears it. */
@InputType()
export class ReportValueInput {
  @Field({ description: 'The indicator code (e.g. PROPAGANDA_SESSIONS).' })
  indicatorCode!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;
}

@InputType()
export class SaveReportDraftInput {
  @Field(() => ID)
  formId!: string;

  @Field(() => ID, { description: 'The reporting organization.' })
  organizationId!: string;

  @Field({ description: 'The period: "2026", "2026-H1", "2026-Q1", "2026-03" (of the form\'s period type).' })
  @Matches(PERIOD_KEY)
  periodKey!: string;

  @Field(() => [ReportValueInput])
  @ArrayMaxSize(MAX_VALUES)
  values!: ReportValueInput[];

  @Field(() => Int, {
    nullable: true,
    description:
      'The version of the open report as read (0 when there is none yet; CONFLICT when stale); null or omitted: not checked.',
  })
  @Min(0)
  expectedVersion!: number | null;
}

/** A change of one submission at the version the client read. */
@InputType()
export class ReportChangeInput {
  @Field(() => ID)
  submissionId!: string;

  @Field(() => Int)
  expectedVersion!: number;
}

@InputType()
export class ReturnReportInput extends ReportChangeInput {
  @Field({ description: 'What to correct (shown to the reporter).' })
  @Text({ max: 2000, required: true })
  comment!: string;
}

@InputType()
export class CorrectReportInput extends ReportChangeInput {
  @Field({ description: 'Why the approved report is corrected.' })
  @Text({ max: 2000, required: true })
  reason!: string;
}

/** Filter of `reportSubmissions`; every condition runs in SQL. */
@InputType()
export class ReportSubmissionFilter {
  @Field(() => ID, { nullable: true })
  formId?: string | null;

  @Field(() => String, { nullable: true })
  periodKey?: string | null;

  @Field(() => [SubmissionStatus], { nullable: true })
  status?: SubmissionStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Reports of this organization or one below it.' })
  organizationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Reports this organization approves (the approver's queue).",
  })
  approverId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Include the versions replaced by a correction (default: current only).',
  })
  includeReplaced?: boolean | null;
}

@ObjectType()
export class ReportSubmissionPayload {
  @Field(() => ReportSubmissionType)
  submission!: ReportSubmissionType;
}

/** A code of an indicator, a form or a rule: capitals, digits, `_` and `-`. */
const CODE = /^[A-Z][A-Z0-9_-]{1,63}$/;

@InputType()
export class CreateReportIndicatorInput {
  @Field(() => ID, {
    description: 'The organization (a province body) adding it; the viewer needs ADMIN there.',
  })
  ownerOrganizationId!: string;

  @Field({ description: 'Unique, e.g. LS_DIEN_HINH_TIEN_TIEN (capitals, digits, _ and -).' })
  @Matches(CODE)
  code!: string;

  @Field()
  @Name({ max: 300 })
  nameVi!: string;

  @Field()
  @Name({ max: 300 })
  nameEn!: string;

  @Field(() => IndicatorUnit)
  unit!: IndicatorUnit;

  @Field(() => IndicatorSource, {
    description: "ENTERED (typed in a form) or DERIVED (a ratio of two others); COUNTED ones are the code's.",
  })
  source!: IndicatorSource;

  @Field(() => String, { nullable: true, description: 'DERIVED: the indicator above the line.' })
  numeratorCode?: string | null;

  @Field(() => String, { nullable: true, description: 'DERIVED: the indicator below the line.' })
  denominatorCode?: string | null;

  @Field(() => String, { nullable: true })
  @Text({ max: 2000 })
  description?: string | null;
}

@ObjectType()
export class CreateReportIndicatorPayload {
  @Field(() => ReportIndicatorType)
  indicator!: ReportIndicatorType;
}

/** An indicator on a new form, under a section heading. */
@InputType()
export class ReportFormIndicatorInput {
  @Field()
  indicatorCode!: string;

  @Field(() => String, { nullable: true })
  @Text({ max: 300 })
  section?: string | null;
}

/** Organizations of a kind at an area level that must submit a new form. */
@InputType()
export class ReportFormRequirementInput {
  @Field(() => OrganizationKind)
  organizationKind!: OrganizationKind;

  @Field(() => AreaLevel)
  areaLevel!: AreaLevel;
}

@InputType()
export class CreateReportFormInput {
  @Field(() => ID, { description: 'The organization defining it; the viewer needs ADMIN there.' })
  ownerOrganizationId!: string;

  @Field()
  @Matches(CODE)
  code!: string;

  @Field()
  @Name({ max: 300 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Name({ max: 300, required: false })
  nameEn?: string | null;

  @Field(() => PeriodType)
  periodType!: PeriodType;

  @Field(() => Int, { description: "Days after the period's cut-off by which a report is due (0–366)." })
  @Min(0)
  @Max(366)
  deadlineDays!: number;

  @Field(() => ID, {
    nullable: true,
    description: "A fixed approver; null: each reporter's parent in its chain of command.",
  })
  approverId?: string | null;

  @Field(() => [ReportFormIndicatorInput], { description: 'In order.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_VALUES)
  indicators!: ReportFormIndicatorInput[];

  @Field(() => [ReportFormRequirementInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  requirements!: ReportFormRequirementInput[];
}

@ObjectType()
export class CreateReportFormPayload {
  @Field(() => ReportFormType)
  form!: ReportFormType;
}
