import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { IndicatorAggregation, IndicatorSource, IndicatorUnit, RuleOperator } from './report.enums.js';

/** Columns of an entry of the report catalogue: its stable code and its names in Vietnamese and English. */
abstract class ReportCatalogEntry extends BaseEntity {
  @Property({ type: 'string', length: 64, unique: true })
  code!: string;

  @Property({ type: 'string', length: 300 })
  nameVi!: string;

  @Property({ type: 'string', length: 300 })
  nameEn!: string;
}

/**
 * An indicator ("chỉ tiêu"): what a report counts. COUNTED ones are filled in
 * from the records by a definition registered in code under the same `code`
 * (`counted-indicators.ts`); ENTERED ones are typed into a form; DERIVED ones
 * are the ratio of two others. RATIO aggregation rolls up by summing the
 * numerator and denominator and dividing, never by averaging.
 */
@Entity({ tableName: 'report_indicator' })
export class ReportIndicator extends ReportCatalogEntry {
  @Enum({ items: () => IndicatorUnit })
  unit!: IndicatorUnit;

  @Enum({ items: () => IndicatorSource })
  source!: IndicatorSource;

  @Enum({ items: () => IndicatorAggregation, default: IndicatorAggregation.SUM })
  aggregation: Opt<IndicatorAggregation> = IndicatorAggregation.SUM;

  /** RATIO: the indicator summed above the line. */
  @Property({ type: 'string', length: 64, nullable: true })
  numeratorCode: string | null = null;

  /** RATIO: the indicator summed below the line. */
  @Property({ type: 'string', length: 64, nullable: true })
  denominatorCode: string | null = null;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  /** The organization (a province) that added it; null for the platform's own. */
  @ManyToOne(() => Organization, { ref: true, nullable: true })
  owner: Ref<Organization> | null = null;

  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}

/**
 * A rule between indicators, checked when a report is submitted:
 * `sum(leftCodes) <operator> sum(rightCodes)` (e.g. resolved ≤ received;
 * maintained + new = registered). Applies to every form that carries all the
 * indicators it names.
 */
@Entity({ tableName: 'report_validation_rule' })
export class ReportValidationRule extends ReportCatalogEntry {
  @Property({ type: 'text[]' })
  leftCodes!: string[];

  @Enum({ items: () => RuleOperator })
  operator!: RuleOperator;

  @Property({ type: 'text[]' })
  rightCodes!: string[];
}
