import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { type EnumMember, stringEnum } from '../../core/enums.js';
import { AdministrativeArea, AreaLevel } from '../areas/area.entity.js';
import { LegalDocument } from '../legal-documents/legal-document.entity.js';
import { Organization } from '../organizations/organization.entity.js';

/** Fields of mass-mobilization work a model belongs to ("lĩnh vực"). */
export const ModelField = stringEnum('ECONOMY CULTURE_SOCIETY DEFENCE_SECURITY PARTY_BUILDING OTHER');
/** A member of {@link ModelField}. */
export type ModelField = EnumMember<typeof ModelField>;

/** A model's standing in one year. */
export const ModelStatus = stringEnum('NEW', 'MAINTAINED', 'COMMENDED', 'REPLICATED', 'DISCONTINUED');
/** A member of {@link ModelStatus}. */
export type ModelStatus = EnumMember<typeof ModelStatus>;

/**
 * A mass-mobilization model ("mô hình Dân vận khéo", "Chính quyền thân
 * thiện", …): owned by the organization that registered it, in an area, at a
 * level, with a status per year (`ModelYearStatus`).
 */
@Entity({ tableName: 'mass_mobilization_model' })
@Index({ properties: ['owner', 'yearRegistered'] })
@Index({
  name: 'mass_mobilization_model_search_key_trgm',
  expression:
    'create index "mass_mobilization_model_search_key_trgm" on "mass_mobilization_model" using gin ("search_key" gin_trgm_ops)',
})
export class MassMobilizationModel extends BaseEntity {
  @Property({ type: 'string', length: 500 })
  name!: string;

  /** `foldForSearch(name)`. */
  @Property({ type: 'string', length: 500 })
  searchKey!: string;

  @ManyToOne(() => Organization, { ref: true })
  owner!: Ref<Organization>;

  @ManyToOne(() => AdministrativeArea, { ref: true, index: true })
  area!: Ref<AdministrativeArea>;

  @Enum({ items: () => AreaLevel })
  level!: AreaLevel;

  @Enum({ items: () => ModelField })
  field!: ModelField;

  @Property({ type: 'integer' })
  yearRegistered!: number;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  /** The status of the latest year recorded (kept in step by `recordModelStatus`). */
  @Enum({ items: () => ModelStatus, default: ModelStatus.NEW })
  latestStatus: Opt<ModelStatus> = ModelStatus.NEW;

  /** The year of `latestStatus`. */
  @Property({ type: 'integer' })
  latestYear!: number;

  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}

/** A model's status in one year; REPLICATED names the replica. */
@Entity({ tableName: 'model_year_status' })
@Unique({ properties: ['model', 'year'] })
@Index({ properties: ['year', 'status'] })
export class ModelYearStatus extends BaseEntity {
  @ManyToOne(() => MassMobilizationModel, { ref: true })
  model!: Ref<MassMobilizationModel>;

  @Property({ type: 'integer' })
  year!: number;

  @Enum({ items: () => ModelStatus })
  status!: ModelStatus;

  /** REPLICATED: the model it was replicated as (in another area). */
  @ManyToOne(() => MassMobilizationModel, { ref: true, nullable: true })
  replica: Ref<MassMobilizationModel> | null = null;

  @Property({ type: 'string', length: 2000, nullable: true })
  note: string | null = null;
}

/** An evidence note on a model (what was done, results, where the proof is). */
@Entity({ tableName: 'model_evidence' })
export class ModelEvidence extends BaseEntity {
  @ManyToOne(() => MassMobilizationModel, { ref: true, index: true })
  model!: Ref<MassMobilizationModel>;

  @Property({ type: 'date' })
  recordedOn!: string;

  @Property({ type: 'text' })
  note!: string;
}

/** A commendation of a model: who commended it, when, under which decision. */
@Entity({ tableName: 'model_commendation' })
export class ModelCommendation extends BaseEntity {
  @ManyToOne(() => MassMobilizationModel, { ref: true, index: true })
  model!: Ref<MassMobilizationModel>;

  /** Who commended it, as named in the decision (e.g. "Chủ tịch UBND tỉnh"). */
  @Property({ type: 'string', length: 300 })
  commendedBy!: string;

  @Property({ type: 'date' })
  commendedOn!: string;

  /** The decision's number (e.g. `1234/QĐ-UBND`). */
  @Property({ type: 'string', length: 100 })
  decisionNumber!: string;

  /** The decision as a recorded legal document, when it is one. */
  @ManyToOne(() => LegalDocument, { ref: true, nullable: true })
  decisionDocument: Ref<LegalDocument> | null = null;
}

/** An organization (a commune's) adoption of a model, since a date: "166 of 200 communes". */
@Entity({ tableName: 'model_adoption' })
@Unique({ properties: ['model', 'organization'] })
@Index({ properties: ['organization'] })
export class ModelAdoption extends BaseEntity {
  @ManyToOne(() => MassMobilizationModel, { ref: true })
  model!: Ref<MassMobilizationModel>;

  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Property({ type: 'date' })
  adoptedOn!: string;
}
