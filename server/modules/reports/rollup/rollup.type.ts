import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { OrganizationKind } from '../../organizations/organization.entity.js';
import { PeriodType } from '../report.enums.js';
import { ReportIndicatorType } from '../report.type.js';
import { IndicatorGroupBy, IndicatorValueSource } from './rollup.inputs.js';
import { AreaType } from '../../areas/area.type.js';
import { LocalDate } from '../../../core/scalars.js';

/** A figure of one indicator over a set of reports: the value and, for ratios, its parts. */
@ObjectType('IndicatorFigure')
export class IndicatorFigureType {
  @Field({ description: 'The first period of the run the figure covers.' })
  fromPeriod!: string;

  @Field({ description: 'The last period of the run the figure covers.' })
  toPeriod!: string;

  @Field(() => LocalDate)
  periodStart!: string;

  @Field(() => LocalDate)
  periodEnd!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'SUM: the sum; RATIO: numerator / denominator (× 100 for a PERCENT indicator) recomputed from the summed parts; null without data.',
  })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'RATIO: the summed numerator.' })
  numerator!: number | null;

  @Field(() => Float, { nullable: true, description: 'RATIO: the summed denominator.' })
  denominator!: number | null;

  @Field(() => Int, { description: 'Approved reports whose values it includes.' })
  reports!: number;

  @Field(() => Int, { description: 'Reports expected over the run (organizations required × periods).' })
  expectedReports!: number;
}

/** One row of a roll-up: an indicator's figure for a group, with the previous period beside it. */
@ObjectType('IndicatorValue')
export class IndicatorValueType extends IndicatorFigureType {
  @Field()
  indicatorCode!: string;

  @Field(() => ReportIndicatorType)
  indicator!: ReportIndicatorType;

  @Field(() => IndicatorValueSource, {
    description: 'APPROVED reports, or LIVE counts from the records (COUNTED indicators asked LIVE).',
  })
  source!: IndicatorValueSource;

  @Field(() => ID, {
    nullable: true,
    description:
      'The area of the row (CHILD_AREA: the child to drill down into; otherwise the area asked); null for an organization roll-up.',
  })
  areaId!: string | null;

  @Field(() => AreaType, { nullable: true })
  area!: AreaType | null;

  @Field({
    description:
      'CHILD_AREA: true on the row of the organizations located at the area asked itself (not below it).',
  })
  ownLevel!: boolean;

  @Field(() => OrganizationKind, { nullable: true, description: 'ORGANIZATION_KIND: the kind of the row.' })
  organizationKind!: OrganizationKind | null;

  @Field(() => IndicatorFigureType, {
    nullable: true,
    description: 'The same figure for the run just before (as long as this one: 2024 beside 2025).',
  })
  previous!: IndicatorFigureType | null;
}

/** The result of `indicatorValues`. */
@ObjectType('IndicatorValues')
export class IndicatorValuesType {
  @Field(() => ID, { nullable: true, description: 'The area asked.' })
  areaId!: string | null;

  @Field(() => AreaType, { nullable: true })
  area!: AreaType | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The area above the one asked, to drill back up; null at the top or for an organization.',
  })
  parentAreaId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The organization asked.' })
  organizationId!: string | null;

  @Field(() => PeriodType)
  periodType!: PeriodType;

  @Field(() => [String], { description: 'The periods of the run, in order.' })
  periods!: string[];

  @Field(() => IndicatorGroupBy)
  groupBy!: IndicatorGroupBy;

  @Field(() => [IndicatorValueType], {
    description: 'By indicator (in the order asked), then group (area name, kind, period).',
  })
  values!: IndicatorValueType[];
}

/** A generated file, base64-encoded. */
@ObjectType('ExportedFile')
export class ExportedFileType {
  @Field()
  filename!: string;

  @Field()
  mimeType!: string;

  @Field()
  base64!: string;
}
