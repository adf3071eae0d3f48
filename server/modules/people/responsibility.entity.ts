import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { type EnumMember, stringEnum } from '../../core/enums.js';
import { AdministrativeArea } from '../areas/area.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from './person.entity.js';

/** Fields of work a committee member can be put in charge of. */
export const WorkField = stringEnum(
  'MASS_MOBILIZATION PROPAGANDA ORGANIZATION_AND_PERSONNEL INSPECTION',
  'INTERNAL_AFFAIRS ECONOMY CULTURE_AND_SOCIETY DEFENSE_AND_SECURITY OTHER',
);
/** A member of {@link WorkField}. */
export type WorkField = EnumMember<typeof WorkField>;

/**
 * "Phân công cấp ủy viên phụ trách": a person put in charge of a field of
 * work for an organization or an area, for a term.
 */
@Entity({ tableName: 'responsibility' })
export class Responsibility extends BaseEntity {
  @ManyToOne(() => Person, { ref: true, index: true })
  person!: Ref<Person>;

  @Enum({ items: () => WorkField })
  field!: WorkField;

  @ManyToOne(() => Organization, { ref: true, nullable: true, index: true })
  organization: Ref<Organization> | null = null;

  @ManyToOne(() => AdministrativeArea, { ref: true, nullable: true, index: true })
  area: Ref<AdministrativeArea> | null = null;

  /** Free text detail, e.g. "trực tiếp phụ trách công tác dân vận". */
  @Property({ type: 'string', length: 1000, nullable: true })
  note: string | null = null;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;
}
