import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../people/person.entity.js';
import { User } from '../users/user.entity.js';

/**
 * A subscribable iCalendar feed (`GET /calendar/<token>.ics`) of the
 * meetings of one organization or one person. The token is shown once and
 * stored hashed; every fetch is checked against its creator's roles then.
 */
@Entity({ tableName: 'calendar_feed' })
export class CalendarFeed extends BaseEntity {
  @Property({ type: 'string', length: 200, nullable: true })
  name: string | null = null;

  @ManyToOne(() => Organization, { ref: true, nullable: true, index: true })
  organization: Ref<Organization> | null = null;

  @ManyToOne(() => Person, { ref: true, nullable: true })
  person: Ref<Person> | null = null;

  @ManyToOne(() => User, { ref: true, index: true })
  createdBy!: Ref<User>;

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}
