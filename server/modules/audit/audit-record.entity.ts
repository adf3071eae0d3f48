import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property, Trigger } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/postgresql';
import type { AuditChange } from '../../core/audit.js';

/**
 * One mutation's record in the audit log: who, when, which operation, which
 * records, values before and after. Append-only: PostgreSQL triggers refuse
 * UPDATE, DELETE and TRUNCATE for every role the application connects as
 * (the TRUNCATE trigger lives only in the migration: MikroORM does not read
 * statement-level TRUNCATE triggers back, so it cannot be declared here).
 */
@Entity({ tableName: 'audit_record' })
@Trigger({
  name: 'audit_record_append_only',
  timing: 'before',
  events: ['update', 'delete'],
  forEach: 'row',
  body: "raise exception 'audit records are append-only' using errcode = 'insufficient_privilege';",
})
@Index({ properties: ['occurredAt'] })
@Index({
  name: 'audit_record_organization_ids_gin',
  expression:
    'create index "audit_record_organization_ids_gin" on "audit_record" using gin ("organization_ids")',
})
@Index({
  name: 'audit_record_record_ids_gin',
  expression: 'create index "audit_record_record_ids_gin" on "audit_record" using gin ("record_ids")',
})
export class AuditRecord {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Property({ type: 'timestamptz' })
  occurredAt: Opt<Date> = new Date();

  /** The acting user; null for an API token or an anonymous operation (sign-in). */
  @Property({ type: 'uuid', nullable: true, index: true })
  actorUserId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  actorApiTokenId: string | null = null;

  /** The root mutation field, e.g. `mergeOrganizations`. */
  @Property({ type: 'string', length: 100 })
  operation!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  requestId: string | null = null;

  @Property({ type: 'json' })
  changes!: AuditChange[];

  /** Ids of every record changed, for "history of this record". */
  @Property({ type: 'text[]' })
  recordIds!: string[];

  /** Organizations the changed records belong to, for per-organization review. */
  @Property({ type: 'text[]' })
  organizationIds!: string[];
}
