import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { AreaLevel } from '../areas/area.entity.js';
import { Organization, OrganizationKind } from '../organizations/organization.entity.js';
import { ReportIndicator } from './indicator.entity.js';
import { PeriodType } from './report.enums.js';

/**
 * A report form ("mẫu báo cáo", DHIS2's data set): the indicators on it, the
 * period type, who must submit it (`ReportFormRequirement`), the deadline in
 * days after the period's cut-off, and who approves (the organization above
 * the submitter in its chain of command unless `approver` is set).
 */
@Entity({ tableName: 'report_form' })
export class ReportForm extends BaseEntity {
  @Property({ type: 'string', length: 64, unique: true })
  code!: string;

  @Property({ type: 'string', length: 300 })
  name!: string;

  @Property({ type: 'string', length: 300, nullable: true })
  nameEn: string | null = null;

  @Enum({ items: () => PeriodType })
  periodType!: PeriodType;

  /** Days after the period's last day by which a report is due. */
  @Property({ type: 'integer' })
  deadlineDays!: number;

  /** The organization that defined the form (e.g. a province's Ban Dân vận). */
  @ManyToOne(() => Organization, { ref: true, nullable: true })
  owner: Ref<Organization> | null = null;

  /** A fixed approver for every submission; null: the submitter's parent. */
  @ManyToOne(() => Organization, { ref: true, nullable: true })
  approver: Ref<Organization> | null = null;

  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}

/** An indicator on a form, in order, under a section heading. */
@Entity({ tableName: 'report_form_indicator' })
@Unique({ properties: ['form', 'indicator'] })
export class ReportFormIndicator extends BaseEntity {
  @ManyToOne(() => ReportForm, { ref: true })
  form!: Ref<ReportForm>;

  @ManyToOne(() => ReportIndicator, { ref: true, index: true })
  indicator!: Ref<ReportIndicator>;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'string', length: 300, nullable: true })
  section: string | null = null;
}

/** Organizations of this kind at this area level must submit the form. */
@Entity({ tableName: 'report_form_requirement' })
@Unique({ properties: ['form', 'organizationKind', 'areaLevel'] })
@Index({ properties: ['organizationKind', 'areaLevel'] })
export class ReportFormRequirement extends BaseEntity {
  @ManyToOne(() => ReportForm, { ref: true })
  form!: Ref<ReportForm>;

  @Enum({ items: () => OrganizationKind })
  organizationKind!: OrganizationKind;

  @Enum({ items: () => AreaLevel })
  areaLevel!: AreaLevel;
}
