import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PeriodFrom, PeriodTo } from '../../core/filter-fields.js';
import { LocalDate } from '../../core/scalars.js';
import { Name, Search, Text } from '../../core/text.js';
import { ProgramType } from '../programs/program.type.js';
import { SituationCategory, SituationSeverity, SituationStatus } from './situation.entity.js';
import { ComplexSituationType, SituationReportType } from './situation.type.js';

/** Longest free text of a theme, an issue or a description. */
export const MAX_SITUATION_TEXT = 20_000;

/** One theme of a report. */
@InputType()
export class SituationThemeInput {
  @Field()
  @Name()
  theme!: string;

  @Field()
  @Text({ max: MAX_SITUATION_TEXT, required: true })
  text!: string;
}

@InputType()
export class ReportSituationInput {
  @Field(() => ID, {
    description: 'The reporting organization; the viewer needs COORDINATOR there. One report per period.',
  })
  organizationId!: string;

  @Field(() => LocalDate)
  periodStart!: string;

  @Field(() => LocalDate, { description: 'Not before periodStart.' })
  periodEnd!: string;

  @Field(() => [SituationThemeInput], { description: '1 to 50 themes.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  themes!: SituationThemeInput[];

  @Field(() => [String], { nullable: true, description: 'Issues flagged for attention (at most 50).' })
  @ArrayMaxSize(50)
  flaggedIssues?: string[] | null;
}

@ObjectType()
export class ReportSituationPayload {
  @Field(() => SituationReportType)
  report!: SituationReportType;
}

/** Filter of `situationReports`. */
@InputType()
export class SituationReportFilter {
  @Field(() => ID, { nullable: true, description: 'Reports of this organization or one below it.' })
  organizationId?: string | null;

  @PeriodFrom()
  periodFrom?: string | null;

  @PeriodTo()
  periodTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only reports with flagged issues.' })
  flagged?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Matches themes and issues, ignoring case and diacritics.',
  })
  @Search()
  search?: string | null;
}

/** Filter of `complexSituations`. */
@InputType()
export class ComplexSituationFilter {
  @Field(() => [SituationStatus], { nullable: true })
  status?: SituationStatus[] | null;

  @Field(() => [SituationCategory], { nullable: true })
  categories?: SituationCategory[] | null;

  @Field(() => [SituationSeverity], { nullable: true })
  severities?: SituationSeverity[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Opened by or handled by this organization or one below it.',
  })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'In this area or one below it.' })
  areaId?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Opened on or after.' })
  openedFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Opened on or before; not before openedFrom.' })
  openedTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Matches the title, ignoring case and diacritics.' })
  @Search()
  search?: string | null;
}

@InputType()
export class OpenComplexSituationInput {
  @Field(() => ID, { description: 'The organization opening it; the viewer needs COORDINATOR there.' })
  organizationId!: string;

  @Field()
  @Name({ max: 500 })
  title!: string;

  @Field(() => String, { nullable: true })
  @Text({ max: MAX_SITUATION_TEXT })
  description?: string | null;

  @Field(() => SituationCategory)
  category!: SituationCategory;

  @Field(() => SituationSeverity)
  severity!: SituationSeverity;

  @Field(() => ID)
  areaId!: string;

  @Field(() => LocalDate)
  openedOn!: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'The handling organizations (active, each once); they are notified.',
  })
  @ArrayMaxSize(50)
  handlingOrganizationIds?: string[] | null;
}

@ObjectType()
export class ComplexSituationPayload {
  @Field(() => ComplexSituationType)
  situation!: ComplexSituationType;
}

@InputType()
export class EscalateComplexSituationInput {
  @Field(() => ID)
  situationId!: string;

  @Field(() => Int, { description: 'The version last read; a stale one gets CONFLICT.' })
  expectedVersion!: number;

  @Field(() => SituationSeverity, { description: 'More serious than now.' })
  severity!: SituationSeverity;

  @Field(() => [ID], {
    nullable: true,
    description: 'Organizations joining the handling (active, not yet handling).',
  })
  @ArrayMaxSize(50)
  addHandlingOrganizationIds?: string[] | null;
}

@InputType()
export class ChangeComplexSituationStatusInput {
  @Field(() => ID)
  situationId!: string;

  @Field(() => Int, { description: 'The version last read; a stale one gets CONFLICT.' })
  expectedVersion!: number;

  @Field(() => SituationStatus)
  status!: SituationStatus;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'RESOLVED: the day (default today); not before openedOn.',
  })
  resolvedOn?: string | null;
}

@InputType()
export class StartResponseProgramInput {
  @Field(() => ID)
  situationId!: string;

  @Field({ description: 'The program code (unique).' })
  @Name({ max: 64 })
  code!: string;

  @Field(() => String, {
    nullable: true,
    description: "Default: 'Phương án xử lý: ' and the situation's title.",
  })
  @Name({ max: 500, required: false })
  title?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Default: the day the situation was opened.' })
  startsOn?: string | null;

  @Field(() => LocalDate, { nullable: true })
  endsOn?: string | null;
}

@ObjectType()
export class StartResponseProgramPayload {
  @Field(() => ComplexSituationType)
  situation!: ComplexSituationType;

  @Field(() => ProgramType)
  program!: ProgramType;
}

/** Input of `updateComplexSituation`: the details to change (left out or null: unchanged; a null description clears it). */
@InputType()
export class UpdateComplexSituationInput {
  @Field(() => ID)
  situationId!: string;

  @Field(() => Int, { description: 'The version last read; a stale one gets CONFLICT.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'Left out or null: unchanged.' })
  @Name({ max: 500, required: true })
  title?: string | null;

  @Field(() => SituationCategory, { nullable: true })
  category?: SituationCategory | null;

  @Field(() => String, { nullable: true, description: 'Left out: unchanged; null or blank: cleared.' })
  @Text({ max: MAX_SITUATION_TEXT })
  description?: string | null;
}
