import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from './person.entity.js';

/** A post a person holds in an organization for a term (kiêm nhiệm: several at once). */
@Entity({ tableName: 'position' })
@Index({ properties: ['organization', 'startsOn'] })
export class Position extends BaseEntity {
  @ManyToOne(() => Person, { ref: true, index: true })
  person!: Ref<Person>;

  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  /** Bí thư, Trưởng ban, Chủ tịch, Ủy viên… */
  @Property({ type: 'string', length: 300 })
  title!: string;

  /** Người đứng đầu: carries personal responsibility for the organization. */
  @Property({ type: 'boolean', default: false })
  isHead: Opt<boolean> = false;

  @Property({ type: 'date' })
  startsOn!: string;

  /** Last day of the term; null while it runs. */
  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;

  /** When a merger moved this position from another organization: the position it continues. */
  @ManyToOne(() => Position, { nullable: true, ref: true })
  continues: Ref<Position> | null = null;
}
