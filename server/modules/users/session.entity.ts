import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { User } from './user.entity.js';

/**
 * One refresh token. Tokens rotate: each refresh marks the presented token
 * used and issues a new one in the same session (`sessionId`). Presenting a
 * used token again revokes the whole session (token theft).
 */
@Entity({ tableName: 'refresh_token' })
export class RefreshToken extends BaseEntity {
  @ManyToOne(() => User, { ref: true, index: true })
  user!: Ref<User>;

  /** SHA-256 of the token; the token itself is never stored. */
  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @Property({ type: 'uuid', index: true })
  sessionId!: string;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}
