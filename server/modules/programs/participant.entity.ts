import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { type EnumMember, stringEnum } from '../../core/enums.js';
import { Organization } from '../organizations/organization.entity.js';
import { CoordinationProgram } from './program.entity.js';

/**
 * How an organization takes part in a program.
 * - `LEAD`: Chủ trì.
 * - `PARTNER`: Phối hợp.
 */
export const ParticipantRole = stringEnum('LEAD', 'CO_LEAD', 'PARTNER', 'OBSERVER');
/** A member of {@link ParticipantRole}. */
export type ParticipantRole = EnumMember<typeof ParticipantRole>;

/** An organization's part in a program, dated; leaving keeps the row (history). */
@Entity({ tableName: 'program_participant' })
@Index({ properties: ['organization', 'program'] })
export class ProgramParticipant extends BaseEntity {
  @ManyToOne(() => CoordinationProgram, { ref: true, index: true })
  program!: Ref<CoordinationProgram>;

  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Enum({ items: () => ParticipantRole })
  role!: ParticipantRole;

  @Property({ type: 'date' })
  joinedOn!: string;

  /** Null while it takes part. */
  @Property({ type: 'date', nullable: true })
  leftOn: string | null = null;
}
