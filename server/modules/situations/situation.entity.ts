import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { TitledEntity } from '../../core/db/titled.entity.js';
import { type EnumMember, stringEnum } from '../../core/enums.js';
import { AdministrativeArea } from '../areas/area.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { CoordinationProgram } from '../programs/program.entity.js';

/** One theme of a situation report ("tư tưởng, tâm trạng của Nhân dân", "dư luận về chính sách", …). */
export interface SituationTheme {
  theme: string;
  text: string;
}

/** A report on the situation of the people ("tình hình Nhân dân") from an organization for a period. */
@Entity({ tableName: 'situation_report' })
@Unique({ properties: ['organization', 'periodStart', 'periodEnd'] })
@Index({
  name: 'situation_report_search_key_trgm',
  expression:
    'create index "situation_report_search_key_trgm" on "situation_report" using gin ("search_key" gin_trgm_ops)',
})
export class SituationReport extends BaseEntity {
  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Property({ type: 'date' })
  periodStart!: string;

  @Property({ type: 'date' })
  periodEnd!: string;

  /** Free text by theme, in order. */
  @Property({ type: 'jsonb' })
  themes!: SituationTheme[];

  /** Issues flagged for attention. */
  @Property({ type: 'jsonb' })
  flaggedIssues!: string[];

  /** `foldForSearch` of the themes and flagged issues. */
  @Property({ type: 'text' })
  searchKey!: string;
}

/** Categories of complex situations ("điểm nóng"). */
export const SituationCategory = stringEnum(
  'SECURITY_ORDER LAND_CLEARANCE DISASTER EPIDEMIC RELIGION ETHNIC_AFFAIRS MASS_COMPLAINTS OTHER',
);
/** A member of {@link SituationCategory}. */
export type SituationCategory = EnumMember<typeof SituationCategory>;

/** How serious a complex situation is, least first. */
export const SituationSeverity = stringEnum('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');
/** A member of {@link SituationSeverity}. */
export type SituationSeverity = EnumMember<typeof SituationSeverity>;

/** Rank of each severity: escalation only goes up. */
export const SEVERITY_RANK: Record<SituationSeverity, number> = { LOW: 0, MEDIUM: 1, HIGH: 2, CRITICAL: 3 };

/**
 * Life-cycle: EMERGING → HANDLING → STABILIZED → RESOLVED (a stabilized one may flare up again: → HANDLING).
 */
export const SituationStatus = stringEnum('EMERGING', 'HANDLING', 'STABILIZED', 'RESOLVED');
/** A member of {@link SituationStatus}. */
export type SituationStatus = EnumMember<typeof SituationStatus>;

/** The transitions `changeComplexSituationStatus` allows. */
export const SITUATION_TRANSITIONS: Record<SituationStatus, SituationStatus[]> = {
  EMERGING: [SituationStatus.HANDLING],
  HANDLING: [SituationStatus.STABILIZED],
  STABILIZED: [SituationStatus.RESOLVED, SituationStatus.HANDLING],
  RESOLVED: [],
};

/** A complex situation among the people, opened by an organization and handled by several. */
@Entity({ tableName: 'complex_situation' })
@Index({ properties: ['organization', 'openedOn'] })
@Index({ properties: ['status', 'category'] })
@Index({
  name: 'complex_situation_search_key_trgm',
  expression:
    'create index "complex_situation_search_key_trgm" on "complex_situation" using gin ("search_key" gin_trgm_ops)',
})
export class ComplexSituation extends TitledEntity {
  /** The organization that opened it (it owns the record). */
  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Enum({ items: () => SituationCategory })
  category!: SituationCategory;

  @Enum({ items: () => SituationSeverity })
  severity!: SituationSeverity;

  @ManyToOne(() => AdministrativeArea, { ref: true, index: true })
  area!: Ref<AdministrativeArea>;

  @Enum({ items: () => SituationStatus, default: SituationStatus.EMERGING })
  status: Opt<SituationStatus> = SituationStatus.EMERGING;

  @Property({ type: 'date' })
  openedOn!: string;

  @Property({ type: 'date', nullable: true })
  resolvedOn: string | null = null;

  /** The response program started from it, when one was. */
  @ManyToOne(() => CoordinationProgram, { ref: true, nullable: true })
  responseProgram: Ref<CoordinationProgram> | null = null;

  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}

/** An organization handling a complex situation. */
@Entity({ tableName: 'complex_situation_handler' })
@Unique({ properties: ['situation', 'organization'] })
@Index({ properties: ['organization'] })
export class SituationHandler extends BaseEntity {
  @ManyToOne(() => ComplexSituation, { ref: true })
  situation!: Ref<ComplexSituation>;

  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;
}
