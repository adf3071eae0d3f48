import { ArrayMaxSize, Matches, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Text } from '../../core/text.js';
import { SubmissionStatus } from './report.enums.js';
import { ReportSubmissionType } from './report.type.js';

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
    description: 'The version of the open report as read; null when there is none yet (CONFLICT otherwise).',
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
