import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { User } from '../users/user.entity.js';

/**
 * An invitation to a new user, who stays disabled until it is accepted. The
 * token is shown once to the inviting administrator and stored hashed
 * (`tokenHash`, which the audit log redacts); it works once, until `expiresAt`.
 */
@Entity({ tableName: 'invitation' })
export class Invitation extends BaseEntity {
  @ManyToOne(() => User, { ref: true, index: true })
  user!: Ref<User>;

  /** SHA-256 of the invitation token; the token itself is never stored. */
  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true })
  invitedBy!: Ref<User>;
}
