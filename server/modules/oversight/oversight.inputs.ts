import { ArrayMaxSize, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PeriodFrom, PeriodTo } from '../../core/filter-fields.js';
import { LocalDate } from '../../core/scalars.js';
import { Name, Search, Text } from '../../core/text.js';
import { TaskPriority } from '../tasks/task.entity.js';
import { TaskType } from '../tasks/task.type.js';
import { CritiqueForm } from './critique.entity.js';
import { SupervisionSubjectKind } from './supervision.entity.js';
import { SocialCritiqueType, SupervisionRecommendationType, SupervisionType } from './oversight.type.js';

/** Longest free text (findings, summaries, answers). */
export const MAX_TEXT = 20_000;

/** Filter of `socialCritiques` and `socialCritiqueTally`; every condition runs in SQL. */
@InputType()
export class SocialCritiqueFilter {
  @Field(() => ID, { nullable: true, description: 'Critiques by this organization or one below it.' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Drafts of this organization or one below it.' })
  draftingOrganizationId?: string | null;

  @Field(() => [CritiqueForm], { nullable: true })
  forms?: CritiqueForm[] | null;

  @Field(() => LocalDate, { nullable: true, description: 'Held on or after.' })
  heldFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Held on or before; not before heldFrom.' })
  heldTo?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: answered by the drafting body; false: not yet.',
  })
  answered?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Matches the draft title, ignoring case and diacritics.',
  })
  @Search()
  search?: string | null;
}

@InputType()
export class RecordSocialCritiqueInput {
  @Field(() => ID, { description: 'The critiquing organization; the viewer needs COORDINATOR there.' })
  organizationId!: string;

  @Field({ description: 'The draft document critiqued, 1 to 1,000 characters.' })
  @Name({ max: 1000 })
  draftTitle!: string;

  @Field(() => ID, { description: 'The drafting body (it answers).' })
  draftingOrganizationId!: string;

  @Field(() => CritiqueForm)
  form!: CritiqueForm;

  @Field(() => LocalDate)
  heldOn!: string;

  @Field(() => Int, { description: 'Opinions given, 0 to 100,000.' })
  @Min(0)
  @Max(100_000)
  opinionsCount!: number;

  @Field(() => String, { nullable: true })
  @Text({ max: MAX_TEXT })
  summary?: string | null;
}

@ObjectType()
export class RecordSocialCritiquePayload {
  @Field(() => SocialCritiqueType)
  socialCritique!: SocialCritiqueType;
}

@InputType()
export class AnswerSocialCritiqueInput {
  @Field(() => ID)
  socialCritiqueId!: string;

  @Field(() => Int, { description: 'The version last read; a stale one gets CONFLICT.' })
  expectedVersion!: number;

  @Field({ description: 'Whether the opinions were taken in.' })
  takenIn!: boolean;

  @Field()
  @Text({ max: MAX_TEXT, required: true })
  answer!: string;

  @Field(() => LocalDate, { description: 'Not before the critique was held.' })
  answeredOn!: string;
}

@ObjectType()
export class AnswerSocialCritiquePayload {
  @Field(() => SocialCritiqueType)
  socialCritique!: SocialCritiqueType;
}

/** Filter of `supervisions` and `supervisionTally`; every condition runs in SQL. */
@InputType()
export class SupervisionFilter {
  @Field(() => ID, { nullable: true, description: 'Supervisions by this organization or one below it.' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Supervisions of this organization or one below it.' })
  subjectOrganizationId?: string | null;

  @Field(() => [SupervisionSubjectKind], { nullable: true })
  subjectKinds?: SupervisionSubjectKind[] | null;

  @PeriodFrom()
  periodFrom?: string | null;

  @PeriodTo()
  periodTo?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Matches title or subject, ignoring case and diacritics.',
  })
  @Search()
  search?: string | null;
}

@InputType()
export class RecordSupervisionInput {
  @Field(() => ID, { description: 'The supervising organization; the viewer needs COORDINATOR there.' })
  organizationId!: string;

  @Field()
  @Name({ max: 500 })
  title!: string;

  @Field(() => SupervisionSubjectKind)
  subjectKind!: SupervisionSubjectKind;

  @Field(() => ID, {
    nullable: true,
    description: 'ORGANIZATION: required, the supervised organization; refused otherwise.',
  })
  subjectOrganizationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'PERSON: required, the supervised person; refused otherwise.',
  })
  subjectPersonId?: string | null;

  @Field(() => String, { nullable: true, description: 'POLICY: required, the policy supervised.' })
  @Name({ max: 500, required: false })
  subjectDescription?: string | null;

  @Field(() => LocalDate)
  periodStart!: string;

  @Field(() => LocalDate, { description: 'Not before periodStart.' })
  periodEnd!: string;

  @Field(() => LocalDate, { description: 'The day the findings were concluded; not before periodStart.' })
  concludedOn!: string;

  @Field()
  @Text({ max: MAX_TEXT, required: true })
  findings!: string;

  @Field(() => [String], {
    description: 'The recommendations, in order (at most 100, each 1 to 20,000 characters).',
  })
  @ArrayMaxSize(100)
  recommendations!: string[];
}

@ObjectType()
export class RecordSupervisionPayload {
  @Field(() => SupervisionType)
  supervision!: SupervisionType;
}

@InputType()
export class AnswerSupervisionRecommendationInput {
  @Field(() => ID)
  recommendationId!: string;

  @Field(() => Int, { description: 'The version last read; a stale one gets CONFLICT.' })
  expectedVersion!: number;

  @Field()
  @Text({ max: MAX_TEXT, required: true })
  answer!: string;

  @Field(() => LocalDate, { description: 'Not before the supervision was concluded.' })
  answeredOn!: string;
}

@ObjectType()
export class AnswerSupervisionRecommendationPayload {
  @Field(() => SupervisionRecommendationType)
  recommendation!: SupervisionRecommendationType;
}

@InputType()
export class TurnRecommendationIntoTaskInput {
  @Field(() => ID)
  recommendationId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The lead organization; default the supervised organization (required when there is none).',
  })
  leadOrganizationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Default: the recommendation, cut to 500 characters.' })
  @Name({ max: 500, required: false })
  title?: string | null;

  @Field(() => LocalDate)
  dueOn!: string;

  @Field(() => TaskPriority, { nullable: true })
  priority?: TaskPriority | null;
}

@ObjectType()
export class TurnRecommendationIntoTaskPayload {
  @Field(() => SupervisionRecommendationType)
  recommendation!: SupervisionRecommendationType;

  @Field(() => TaskType)
  task!: TaskType;
}
