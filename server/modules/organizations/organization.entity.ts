import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { AdministrativeArea } from '../areas/area.entity.js';

/** Kinds of organization in the political system (see domain.md). */
export enum OrganizationKind {
  PARTY_COMMITTEE = 'PARTY_COMMITTEE',
  PARTY_STANDING_COMMITTEE = 'PARTY_STANDING_COMMITTEE',
  MASS_MOBILIZATION_COMMISSION = 'MASS_MOBILIZATION_COMMISSION',
  PEOPLES_COUNCIL = 'PEOPLES_COUNCIL',
  PEOPLES_COMMITTEE = 'PEOPLES_COMMITTEE',
  STATE_AGENCY = 'STATE_AGENCY',
  ARMED_FORCES = 'ARMED_FORCES',
  FATHERLAND_FRONT = 'FATHERLAND_FRONT',
  SOCIO_POLITICAL_ORG = 'SOCIO_POLITICAL_ORG',
  GRASSROOTS_BODY = 'GRASSROOTS_BODY',
}

/** Life-cycle of an organization. History is never deleted. */
export enum OrganizationStatus {
  ACTIVE = 'ACTIVE',
  MERGED = 'MERGED',
  DISSOLVED = 'DISSOLVED',
}

/** An agency or body: Tỉnh ủy, Ban Dân vận, UBND xã, Hội Nông dân… */
@Entity({ tableName: 'organization' })
@Index({
  name: 'organization_search_key_trgm',
  expression:
    'create index "organization_search_key_trgm" on "organization" using gin ("search_key" gin_trgm_ops)',
})
export class Organization extends BaseEntity {
  @Property({ type: 'string', length: 64, unique: true })
  code!: string;

  /** Sorted the Vietnamese way (collation `vietnamese`: Đ after D, tones after the base letter). */
  @Property({ type: 'string', length: 300, collation: 'vietnamese' })
  name!: string;

  @Property({ type: 'string', length: 300, nullable: true })
  shortName: string | null = null;

  /** `foldForSearch` of name and short name, kept in step by the commands. */
  @Property({ type: 'string', length: 700 })
  searchKey!: string;

  @Enum({ items: () => OrganizationKind })
  kind!: OrganizationKind;

  @ManyToOne(() => AdministrativeArea, { ref: true, index: true })
  area!: Ref<AdministrativeArea>;

  /** The organization above it in its chain of command. */
  @ManyToOne(() => Organization, { nullable: true, ref: true, index: true })
  parent: Ref<Organization> | null = null;

  @Enum({ items: () => OrganizationStatus, default: OrganizationStatus.ACTIVE })
  status: Opt<OrganizationStatus> = OrganizationStatus.ACTIVE;

  /** Set when MERGED: the organization that took over. */
  @ManyToOne(() => Organization, { nullable: true, ref: true })
  successor: Ref<Organization> | null = null;

  /** Date the organization began (a commune founded in a reorganization); null when not recorded. */
  @Property({ type: 'date', nullable: true })
  startedOn: string | null = null;

  /** Date the organization was merged or dissolved. */
  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;

  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
