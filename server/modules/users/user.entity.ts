import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { Person } from '../people/person.entity.js';

/** A sign-in account, always linked to a person. */
@Entity({ tableName: 'app_user' })
export class User extends BaseEntity {
  /** Lower-cased, unique. */
  @Property({ type: 'string', length: 320, unique: true })
  email!: string;

  @Property({ type: 'string', length: 200, hidden: true })
  passwordHash!: string;

  @ManyToOne(() => Person, { ref: true, index: true })
  person!: Ref<Person>;

  @Property({ type: 'boolean', default: false })
  isSystemAdmin: Opt<boolean> = false;

  @Property({ type: 'boolean', default: false })
  disabled: Opt<boolean> = false;

  @Property({ type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null = null;
}
