import { ArrayMaxSize, ArrayMinSize, Matches } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { type EnumMember, stringEnum } from '../../../core/enums.js';
import { PeriodType } from '../report.enums.js';

/**
 * How the rows of a roll-up are split.
 * - `NONE`: One row per indicator for the whole area (or organization) and run of periods.
 * - `CHILD_AREA`: One row per area directly below the area asked (plus one for the organizations
 *   at the area itself).
 * - `ORGANIZATION_KIND`: One row per kind of reporting organization.
 * - `PERIOD`: One row per period of the run.
 */
export const IndicatorGroupBy = stringEnum('NONE', 'CHILD_AREA', 'ORGANIZATION_KIND', 'PERIOD');
/** A member of {@link IndicatorGroupBy}. */
export type IndicatorGroupBy = EnumMember<typeof IndicatorGroupBy>;
registerEnumType(IndicatorGroupBy, { name: 'IndicatorGroupBy', description: 'How a roll-up is split.' });

/**
 * Where a rolled-up value comes from.
 * - `APPROVED`: Approved reports only (the current approved version of each).
 * - `LIVE`: Counted now from the platform's records (COUNTED indicators); other indicators fall
 *   back to APPROVED.
 */
export const IndicatorValueSource = stringEnum('APPROVED', 'LIVE');
/** A member of {@link IndicatorValueSource}. */
export type IndicatorValueSource = EnumMember<typeof IndicatorValueSource>;
registerEnumType(IndicatorValueSource, {
  name: 'IndicatorValueSource',
  description: 'Approved reports only, or live counts from the records.',
});

/** File formats of a roll-up table export. */
export const TableExportFormat = stringEnum('CSV', 'XLSX');
/** A member of {@link TableExportFormat}. */
export type TableExportFormat = EnumMember<typeof TableExportFormat>;
registerEnumType(TableExportFormat, { name: 'TableExportFormat' });

/** What `indicatorValues` rolls up: indicators, where (an area subtree or an organization), when, how split. */
@InputType()
export class IndicatorValuesInput {
  @Field(() => [String], {
    description: 'Indicator codes, e.g. ["MODELS_REGISTERED", "FRIENDLY_GOVERNMENT_RATE"].',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  indicatorCodes!: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'An administrative area: the organizations in it and below it. Give this or organizationId.',
  })
  areaId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'An organization: it and the organizations below it in the chain of command.',
  })
  organizationId?: string | null;

  @Field(() => PeriodType, {
    description:
      'The periods of the result; shorter reporting periods roll up into them (months into quarters and years).',
  })
  periodType!: PeriodType;

  @Field({
    description:
      'The first period of the run, a key of periodType ("2025", "2025-Q1", "2025-H1", "2025-03").',
  })
  @Matches(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?$/)
  from!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The last period of the run (inclusive); default: from.',
  })
  to?: string | null;

  @Field(() => IndicatorGroupBy, { defaultValue: IndicatorGroupBy.NONE })
  groupBy: IndicatorGroupBy = IndicatorGroupBy.NONE;

  @Field(() => IndicatorValueSource, { defaultValue: IndicatorValueSource.APPROVED })
  source: IndicatorValueSource = IndicatorValueSource.APPROVED;
}
