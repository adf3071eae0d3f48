import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { type EnumMember, stringEnum } from '../../core/enums.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';
import { CoordinationProgram } from './program.entity.js';

/** How a program is going, as its leads judge it. */
export const ProgramHealth = stringEnum('ON_TRACK', 'AT_RISK', 'OFF_TRACK');
/** A member of {@link ProgramHealth}. */
export type ProgramHealth = EnumMember<typeof ProgramHealth>;

/** A status update on a program (like Linear project updates). */
@Entity({ tableName: 'program_update' })
export class ProgramUpdate extends BaseEntity {
  @ManyToOne(() => CoordinationProgram, { ref: true, index: true })
  program!: Ref<CoordinationProgram>;

  @Enum({ items: () => ProgramHealth })
  health!: ProgramHealth;

  @Property({ type: 'text' })
  body!: string;

  /** The organization on whose behalf it was posted. */
  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @ManyToOne(() => User, { ref: true, nullable: true })
  author: Ref<User> | null = null;
}
