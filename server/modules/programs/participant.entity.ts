import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { CoordinationProgram } from './program.entity.js';

/** How an organization takes part in a program. */
export enum ParticipantRole {
  /** Chủ trì. */
  LEAD = 'LEAD',
  CO_LEAD = 'CO_LEAD',
  /** Phối hợp. */
  PARTNER = 'PARTNER',
  OBSERVER = 'OBSERVER',
}

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
