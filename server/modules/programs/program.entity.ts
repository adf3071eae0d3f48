import { Entity, Enum, Index, ManyToMany, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Collection, type Opt, type Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { type EnumMember, stringEnum } from '../../core/enums.js';
import { LegalDocument } from '../legal-documents/legal-document.entity.js';
import { Organization } from '../organizations/organization.entity.js';

/** Kinds of shared plans between organizations. */
export const ProgramKind = stringEnum(
  'COORDINATION_PROGRAM COORDINATION_REGULATION ACTION_PROGRAM',
  'PLAN CAMPAIGN EMULATION_MOVEMENT RESPONSE_PLAN',
);
/** A member of {@link ProgramKind}. */
export type ProgramKind = EnumMember<typeof ProgramKind>;

/** Life-cycle: DRAFT → ACTIVE ⇄ SUSPENDED → COMPLETED or CANCELLED. */
export const ProgramStatus = stringEnum('DRAFT', 'ACTIVE', 'SUSPENDED', 'COMPLETED', 'CANCELLED');
/** A member of {@link ProgramStatus}. */
export type ProgramStatus = EnumMember<typeof ProgramStatus>;

/** The transitions `changeProgramStatus` allows. */
export const PROGRAM_TRANSITIONS: Record<ProgramStatus, ProgramStatus[]> = {
  DRAFT: [ProgramStatus.ACTIVE, ProgramStatus.CANCELLED],
  ACTIVE: [ProgramStatus.SUSPENDED, ProgramStatus.COMPLETED, ProgramStatus.CANCELLED],
  SUSPENDED: [ProgramStatus.ACTIVE, ProgramStatus.COMPLETED, ProgramStatus.CANCELLED],
  COMPLETED: [],
  CANCELLED: [],
};

/** A coordination program (chương trình phối hợp, quy chế phối hợp, chương trình hành động, kế hoạch…). */
@Entity({ tableName: 'coordination_program' })
@Index({
  name: 'coordination_program_search_key_trgm',
  expression:
    'create index "coordination_program_search_key_trgm" on "coordination_program" using gin ("search_key" gin_trgm_ops)',
})
export class CoordinationProgram extends BaseEntity {
  @Enum({ items: () => ProgramKind })
  kind!: ProgramKind;

  @Property({ type: 'string', length: 64, unique: true })
  code!: string;

  @Property({ type: 'string', length: 500 })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  /** `foldForSearch` of code and title. */
  @Property({ type: 'string', length: 700 })
  searchKey!: string;

  @Property({ type: 'date', nullable: true })
  startsOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;

  /** The program it implements ("15 action programs implementing the congress resolution"). */
  @ManyToOne(() => CoordinationProgram, { ref: true, nullable: true, index: true })
  parent: Ref<CoordinationProgram> | null = null;

  @ManyToMany(() => LegalDocument, undefined, { pivotTable: 'program_legal_basis' })
  legalBasis = new Collection<LegalDocument>(this);

  @Enum({ items: () => ProgramStatus, default: ProgramStatus.DRAFT })
  status: Opt<ProgramStatus> = ProgramStatus.DRAFT;

  /** Why it was suspended or cancelled, when it was. */
  @Property({ type: 'string', length: 2000, nullable: true })
  statusReason: string | null = null;

  /** The organization that created it (it owns the record with the leads). */
  @ManyToOne(() => Organization, { ref: true })
  owner!: Ref<Organization>;

  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
