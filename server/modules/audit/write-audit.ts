import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { setAuditWriter, type AuditChange } from '../../core/audit.js';
import type { Context } from '../../core/context.js';
import { AuditRecord } from './audit-record.entity.js';

const ORGANIZATION_FIELDS = ['organization', 'successor', 'parent', 'owner', 'issuingOrganization'];

/** The organizations a set of changes concerns: changed organizations and the ones changed records point to. */
export function organizationsOf(changes: AuditChange[]): string[] {
  const ids = new Set<string>();
  for (const change of changes) {
    if (change.entity === 'Organization') ids.add(change.id);
    for (const values of [change.before, change.after]) {
      for (const field of ORGANIZATION_FIELDS) {
        const value = values?.[field];
        if (typeof value === 'string') ids.add(value);
      }
    }
  }
  return [...ids];
}

/** Inserts the audit record of a transaction, inside it (not through the unit of work, so it audits nothing itself). */
async function writeAuditRecord(em: EntityManager, ctx: Context, changes: AuditChange[]): Promise<void> {
  await em.insert(AuditRecord, {
    id: randomUUID(),
    occurredAt: new Date(),
    actorUserId: ctx.viewer?.userId ?? null,
    actorApiTokenId: ctx.viewer?.apiTokenId ?? null,
    operation: ctx.operation ?? 'internal',
    requestId: ctx.requestId,
    changes,
    recordIds: [...new Set(changes.map((c) => c.id))],
    organizationIds: organizationsOf(changes),
  });
}

setAuditWriter(writeAuditRecord);
