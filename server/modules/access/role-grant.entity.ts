import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/postgresql';
import { Role } from '../../core/access.js';
import { BaseEntity } from '../../core/db/base.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';

/**
 * A role granted to a user on an organization for a term. Grants are never
 * deleted: revoking sets `validTo`, so "who could do what on date D" stays answerable.
 */
@Entity({ tableName: 'role_grant' })
@Index({ properties: ['user', 'validFrom'] })
export class RoleGrant extends BaseEntity {
  @ManyToOne(() => User, { ref: true })
  user!: Ref<User>;

  @ManyToOne(() => Organization, { ref: true, index: true })
  organization!: Ref<Organization>;

  @Enum({ items: () => Role })
  role!: Role;

  @Property({ type: 'timestamptz' })
  validFrom!: Date;

  /** End of the term (exclusive); null while open-ended. */
  @Property({ type: 'timestamptz', nullable: true })
  validTo: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  grantedBy: Ref<User> | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  revokedBy: Ref<User> | null = null;
}
