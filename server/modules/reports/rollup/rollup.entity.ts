import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OrganizationKind } from '../../organizations/organization.entity.js';

/**
 * The roll-up's pre-aggregate (docs/decisions/021-indicator-roll-up.md): for
 * every indicator, area, kind of reporting organization and reporting period,
 * the sum of the values of the current approved reports of the organizations
 * in that area **or below it**, and how many reports that is. A report counts
 * in the row of its own area and of every area above it, so an area's figure
 * is one row whatever the size of its subtree. Kept current by the write
 * path in the approving transaction (`applyApprovedToRollup`); rebuilt from
 * scratch by `rebuildRollup`. Read in SQL only, never as managed entities.
 */
@Entity({ tableName: 'report_rollup' })
export class ReportRollup {
  @PrimaryKey({ type: 'uuid' })
  indicatorId!: string;

  /** The area the sum is for (the reporting organization's area or one above it). */
  @PrimaryKey({ type: 'uuid' })
  areaId!: string;

  @Enum({ items: () => OrganizationKind, primary: true })
  organizationKind!: OrganizationKind;

  /** The reporting period of the reports summed ("2025", "2025-Q1", "2025-03"). */
  @PrimaryKey({ type: 'string', length: 16 })
  periodKey!: string;

  @Property({ type: 'date' })
  periodStart!: string;

  @Property({ type: 'date' })
  periodEnd!: string;

  @Property({ type: 'double' })
  value!: number;

  /** Approved reports summed. */
  @Property({ type: 'integer' })
  reports!: number;
}

/**
 * The pre-aggregate with the kinds of organizations added together: what an
 * area's figures read unless split by kind (a tenth of the rows). Kept by the
 * same statement as `ReportRollup`.
 */
@Entity({ tableName: 'report_rollup_total' })
export class ReportRollupTotal {
  @PrimaryKey({ type: 'uuid' })
  indicatorId!: string;

  @PrimaryKey({ type: 'uuid' })
  areaId!: string;

  @PrimaryKey({ type: 'string', length: 16 })
  periodKey!: string;

  @Property({ type: 'double' })
  value!: number;

  @Property({ type: 'integer' })
  reports!: number;
}
