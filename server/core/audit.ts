import type { EntityManager, EventSubscriber, FlushEventArgs } from '@mikro-orm/postgresql';
import type { Context } from './context.js';

/** One row change inside a transaction, as the audit log keeps it. */
export interface AuditChange {
  entity: string;
  id: string;
  kind: 'create' | 'update' | 'delete';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Relations kept in an update's `before` even when unchanged, so the record says whose it is. */
const CONTEXT_FIELDS = [
  'organization',
  'person',
  'user',
  'parent',
  'successor',
  'owner',
  'issuingOrganization',
  'task',
  'program',
];

/** Columns never copied into the audit log. */
const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash']);

/** Per entity class name, more columns never copied into the audit log (personal data). */
const REDACTED_FIELDS = new Map<string, ReadonlySet<string>>();

/**
 * Declares columns of entity `className` that the audit log records only as
 * `'[redacted]'` (personal data a module keeps, e.g. a petitioner's). Called
 * by the owning module when its entity file loads.
 */
export function redactInAudit(className: string, fields: readonly string[]): void {
  REDACTED_FIELDS.set(className, new Set(fields));
}

/** Changes collected per transactional EntityManager. */
const collectors = new WeakMap<EntityManager, AuditChange[]>();

/** Starts collecting the changes flushed through `em` (a transaction's EntityManager). */
export function collectChanges(em: EntityManager): AuditChange[] {
  const changes: AuditChange[] = [];
  collectors.set(em, changes);
  return changes;
}

/** Adds a change made outside the unit of work (bulk `nativeUpdate`) to the transaction's audit. */
export function noteChange(em: EntityManager, change: AuditChange): void {
  collectors.get(em)?.push(change);
}

function plain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const record = value as { id?: unknown; unwrap?: () => unknown };
    if (typeof record.unwrap === 'function' || ('id' in record && typeof record.id === 'string')) {
      return (record.unwrap?.() as { id?: unknown } | undefined)?.id ?? record.id;
    }
    if (Array.isArray(value)) return value.map(plain);
  }
  return value;
}

function snapshot(
  data: Record<string, unknown> | undefined,
  keys?: string[],
  redacted: ReadonlySet<string> = SECRET_FIELDS,
): Record<string, unknown> | null {
  if (!data) return null;
  const out: Record<string, unknown> = {};
  for (const key of keys ?? Object.keys(data)) {
    if (key === 'createdAt' || key === 'updatedAt') continue;
    out[key] = SECRET_FIELDS.has(key) || redacted.has(key) ? '[redacted]' : plain(data[key]);
  }
  return out;
}

/** Copies every flushed change set into the collector of the flushing EntityManager. */
export class AuditSubscriber implements EventSubscriber {
  async onFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const changes = collectors.get(em as EntityManager);
    if (!changes) return;
    for (const cs of uow.getChangeSets()) {
      const kind = cs.type === 'create' ? 'create' : cs.type === 'delete' ? 'delete' : 'update';
      const original = (cs.originalEntity ?? {}) as Record<string, unknown>;
      const payloadKeys = Object.keys(cs.payload ?? {});
      const beforeKeys = [...new Set([...payloadKeys, ...CONTEXT_FIELDS.filter((k) => k in original)])];
      const redacted = REDACTED_FIELDS.get(cs.meta.className);
      changes.push({
        entity: cs.meta.className,
        id: String(cs.getPrimaryKey()),
        kind,
        before:
          kind === 'create' ? null : snapshot(original, kind === 'update' ? beforeKeys : undefined, redacted),
        after:
          kind === 'delete' ? null : snapshot(cs.payload as Record<string, unknown>, undefined, redacted),
      });
    }
  }
}

/** Writes the audit record of one transaction, inside it. Registered by the audit module. */
export type AuditWriter = (em: EntityManager, ctx: Context, changes: AuditChange[]) => Promise<void>;

let writer: AuditWriter | null = null;

/** Installs the audit writer (once, at start-up). */
export function setAuditWriter(write: AuditWriter): void {
  writer = write;
}

/** Writes the audit record for `changes` with the installed writer. */
export async function writeAudit(em: EntityManager, ctx: Context, changes: AuditChange[]): Promise<void> {
  if (!writer) throw new Error('no audit writer installed: import server/modules/audit');
  await writer(em, ctx, changes);
}
