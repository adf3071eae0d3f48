import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/node.js';
import { connectionType } from '../../core/pagination.js';
import { readAs } from '../../core/read/rows.js';
import { LocalDate } from '../../core/scalars.js';
import { CritiqueForm, SocialCritique } from './critique.entity.js';
import { Supervision, SupervisionRecommendation, SupervisionSubjectKind } from './supervision.entity.js';

registerEnumType(CritiqueForm, {
  name: 'CritiqueForm',
  valuesConfig: {
    CONFERENCE: { description: 'Hội nghị phản biện' },
    WRITTEN: { description: 'Góp ý bằng văn bản' },
  },
});
registerEnumType(SupervisionSubjectKind, { name: 'SupervisionSubjectKind' });

/** A social critique ("phản biện xã hội") of a draft document. */
@ObjectType('SocialCritique', { implements: Node })
export class SocialCritiqueType extends Node {
  @Field({ description: 'The draft document critiqued.' })
  draftTitle!: string;

  @Field(() => CritiqueForm)
  form!: CritiqueForm;

  @Field(() => LocalDate)
  heldOn!: string;

  @Field(() => Int)
  opinionsCount!: number;

  @Field(() => String, { nullable: true })
  summary!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the drafting body took the opinions in; null until it answers.',
  })
  takenIn!: boolean | null;

  @Field(() => String, { nullable: true, description: "The drafting body's answer." })
  answer!: string | null;

  @Field(() => LocalDate, { nullable: true })
  answeredOn!: string | null;

  @Field(() => Int, { description: 'Optimistic-lock version; pass it back to answerSocialCritique.' })
  version!: number;

  @Field()
  createdAt!: Date;
}

/** A supervision ("giám sát") of an organization, a policy or a person. */
@ObjectType('Supervision', { implements: Node })
export class SupervisionType extends Node {
  @Field()
  title!: string;

  @Field(() => SupervisionSubjectKind)
  subjectKind!: SupervisionSubjectKind;

  @Field(() => String, { nullable: true, description: 'POLICY: the policy; otherwise a precision.' })
  subjectDescription!: string | null;

  @Field(() => LocalDate)
  periodStart!: string;

  @Field(() => LocalDate)
  periodEnd!: string;

  @Field(() => LocalDate)
  concludedOn!: string;

  @Field()
  findings!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  createdAt!: Date;
}

/** One recommendation of a supervision. */
@ObjectType('SupervisionRecommendation', { implements: Node })
export class SupervisionRecommendationType extends Node {
  @Field(() => Int)
  position!: number;

  @Field()
  content!: string;

  @Field(() => String, { nullable: true })
  answer!: string | null;

  @Field(() => LocalDate, { nullable: true })
  answeredOn!: string | null;

  @Field(() => Int, {
    description: 'Optimistic-lock version; pass it back to answerSupervisionRecommendation.',
  })
  version!: number;
}

/** What the viewer may do on a social critique. */
@ObjectType()
export class SocialCritiquePermissions {
  @Field({ description: 'updateSocialCritique' })
  update!: boolean;

  @Field({ description: 'answerSocialCritique' })
  answer!: boolean;
}

/** What the viewer may do on a supervision. */
@ObjectType()
export class SupervisionPermissions {
  @Field({ description: 'updateSupervision' })
  update!: boolean;

  @Field({ description: 'answerSupervisionRecommendation' })
  answer!: boolean;

  @Field({ description: 'turnRecommendationIntoTask' })
  turnIntoTask!: boolean;
}

/** Totals of the social critiques matching a filter ("78 critiques, 478 opinions"). */
@ObjectType()
export class SocialCritiqueTally {
  @Field(() => Int)
  critiques!: number;

  @Field(() => Int)
  opinions!: number;

  @Field(() => Int, { description: 'Answered by the drafting body.' })
  answered!: number;

  @Field(() => Int, { description: 'Answered, opinions taken in.' })
  takenIn!: number;
}

/** Totals of the supervisions matching a filter ("recommendations answered / made"). */
@ObjectType()
export class SupervisionTally {
  @Field(() => Int)
  supervisions!: number;

  @Field(() => Int, { description: 'Recommendations made.' })
  recommendations!: number;

  @Field(() => Int, { description: 'Recommendations answered.' })
  answered!: number;

  @Field(() => Int, { description: 'Recommendations turned into tasks.' })
  tasked!: number;
}

export const SocialCritiqueConnection = connectionType('SocialCritique', SocialCritiqueType);
export const SupervisionConnection = connectionType('Supervision', SupervisionType);

readAs(SocialCritique, SocialCritiqueType, 'SocialCritique');
readAs(Supervision, SupervisionType, 'Supervision');
readAs(SupervisionRecommendation, SupervisionRecommendationType, 'SupervisionRecommendation');
