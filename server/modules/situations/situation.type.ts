import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/node.js';
import { connectionType } from '../../core/pagination.js';
import { readAs } from '../../core/read/rows.js';
import { LocalDate } from '../../core/scalars.js';
import {
  ComplexSituation,
  SituationCategory,
  SituationReport,
  SituationSeverity,
  SituationStatus,
} from './situation.entity.js';

registerEnumType(SituationCategory, { name: 'SituationCategory' });
registerEnumType(SituationSeverity, { name: 'SituationSeverity', description: 'Least serious first.' });
registerEnumType(SituationStatus, {
  name: 'SituationStatus',
  description: 'EMERGING → HANDLING → STABILIZED → RESOLVED (STABILIZED may go back to HANDLING).',
});

/** One theme of a situation report. */
@ObjectType('SituationTheme')
export class SituationThemeType {
  @Field({ description: 'e.g. "Tư tưởng, tâm trạng của Nhân dân".' })
  theme!: string;

  @Field()
  text!: string;
}

/** A report on the situation of the people from an organization for a period. */
@ObjectType('SituationReport', { implements: Node })
export class SituationReportType extends Node {
  @Field(() => LocalDate)
  periodStart!: string;

  @Field(() => LocalDate)
  periodEnd!: string;

  @Field(() => [SituationThemeType])
  themes!: SituationThemeType[];

  @Field(() => [String])
  flaggedIssues!: string[];

  @Field()
  createdAt!: Date;
}

/** A complex situation among the people ("điểm nóng"). */
@ObjectType('ComplexSituation', { implements: Node })
export class ComplexSituationType extends Node {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => SituationCategory)
  category!: SituationCategory;

  @Field(() => SituationSeverity)
  severity!: SituationSeverity;

  @Field(() => SituationStatus)
  status!: SituationStatus;

  @Field(() => LocalDate)
  openedOn!: string;

  @Field(() => LocalDate, { nullable: true })
  resolvedOn!: string | null;

  @Field(() => Int, { description: 'Optimistic-lock version; pass it back to changes.' })
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

/** What the viewer may do on a complex situation. */
@ObjectType()
export class ComplexSituationPermissions {
  @Field({ description: 'updateComplexSituation' })
  update!: boolean;

  @Field({ description: 'changeComplexSituationStatus' })
  changeStatus!: boolean;

  @Field({ description: 'escalateComplexSituation' })
  escalate!: boolean;

  @Field({ description: 'startResponseProgram' })
  startResponseProgram!: boolean;
}

export const SituationReportConnection = connectionType('SituationReport', SituationReportType);
export const ComplexSituationConnection = connectionType('ComplexSituation', ComplexSituationType);

readAs(SituationReport, SituationReportType, 'SituationReport');
readAs(ComplexSituation, ComplexSituationType, 'ComplexSituation');
