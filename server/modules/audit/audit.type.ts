import { JSONResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../core/node.js';
import { connectionType } from '../../core/pagination.js';
import { readAs } from '../../core/read/rows.js';
import { AuditRecord } from './audit-record.entity.js';

/** One mutation's record in the audit log. Root values are plain `AuditRecord` records (`Plain`). */
@ObjectType('AuditRecord', { implements: Node })
export class AuditRecordType extends Node {
  @Field()
  occurredAt!: Date;

  @Field({ description: 'The root mutation field, e.g. `renameOrganization`.' })
  operation!: string;

  @Field(() => String, { nullable: true, description: 'The request it ran in (matches the server log).' })
  requestId!: string | null;

  @Field(() => JSONResolver, {
    description:
      'The row changes: `[{ entity, id, kind, before, after }]` with database ids; secrets are redacted, and an update lists only the changed fields.',
  })
  changes!: unknown;
}

export const AuditRecordConnection = connectionType('AuditRecord', AuditRecordType);

readAs(AuditRecord, AuditRecordType, 'AuditRecord');
