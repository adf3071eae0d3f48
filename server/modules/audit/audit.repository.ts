import type { FilterQuery } from '@mikro-orm/postgresql';
import { Role, type ViewerAccess } from '../../core/access.js';
import { AuditRecord } from './audit-record.entity.js';

/** The audit filter in database ids. */
export interface AuditWhere {
  organizationId?: string | null;
  userId?: string | null;
  recordId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** Newest first; the id makes the order total for keyset cursors. */
export const NEWEST_FIRST = { occurredAt: 'desc', id: 'desc' } as const;

/** True when the viewer may read some of the audit log: a system administrator, or ADMIN somewhere. */
export const mayReadAudit = (access: ViewerAccess): boolean =>
  access.isSystemAdmin || access.organizationIds(Role.ADMIN).length > 0;

/**
 * The audit records the viewer may see that match the filter, in SQL: a
 * system administrator sees all; anyone else only records whose
 * organizations overlap (`&&`, GIN-indexed) those where it holds ADMIN.
 */
export function auditWhere(access: ViewerAccess, filter: AuditWhere): FilterQuery<AuditRecord> {
  const and: FilterQuery<AuditRecord>[] = [];
  if (!access.isSystemAdmin) and.push({ organizationIds: { $overlap: access.organizationIds(Role.ADMIN) } });
  if (filter.organizationId) and.push({ organizationIds: { $contains: [filter.organizationId] } });
  if (filter.recordId) and.push({ recordIds: { $contains: [filter.recordId] } });
  if (filter.userId) and.push({ actorUserId: filter.userId });
  if (filter.from) and.push({ occurredAt: { $gte: filter.from } });
  if (filter.to) and.push({ occurredAt: { $lt: filter.to } });
  return and.length ? { $and: and } : {};
}

/** Whether the viewer may see one audit record (same rule as `auditWhere`, in memory). */
export function mayReadAuditRecord(access: ViewerAccess, record: AuditRecord): boolean {
  return access.isSystemAdmin || access.hasAny(Role.ADMIN, record.organizationIds);
}
