import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { User } from '../users/user.entity.js';
import { CoordinationProgram } from './program.entity.js';

/** A measurable objective of a program, e.g. "communes running the friendly-government model: target 200". */
@Entity({ tableName: 'program_objective' })
export class ProgramObjective extends BaseEntity {
  @ManyToOne(() => CoordinationProgram, { ref: true, index: true })
  program!: Ref<CoordinationProgram>;

  /** Stable key within the program, so `setProgramObjective` updates rather than duplicates. */
  @Property({ type: 'string', length: 64 })
  key!: string;

  @Property({ type: 'string', length: 500 })
  title!: string;

  /** Unit of measure (xã, mô hình, lượt người…). */
  @Property({ type: 'string', length: 100 })
  unit!: string;

  @Property({ type: 'double' })
  target!: number;

  @Property({ type: 'date', nullable: true })
  targetDate: string | null = null;

  @Property({ type: 'integer', default: 0 })
  position: Opt<number> = 0;
}

/** A value of an objective recorded on a date ("166 on 2022-12-31"). */
@Entity({ tableName: 'objective_value' })
export class ObjectiveValue extends BaseEntity {
  @ManyToOne(() => ProgramObjective, { ref: true, index: true })
  objective!: Ref<ProgramObjective>;

  @Property({ type: 'double' })
  value!: number;

  @Property({ type: 'date' })
  recordedOn!: string;

  @Property({ type: 'string', length: 1000, nullable: true })
  note: string | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  recordedBy: Ref<User> | null = null;
}
