import type { ViewerAccess } from '../../core/access.js';
import { Conditions } from '../../core/read/conditions.js';
import { type ListQuery, newestFirst, rootListQuery } from '../../core/read/keyset.js';
import { auditRecordPolicy } from './audit.policy.js';

/** The audit filter in database ids. */
export interface AuditWhere {
  organizationId?: string | null;
  userId?: string | null;
  recordId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/**
 * The `auditRecords` list (alias `r`), newest first (the id makes the order
 * total): the records the viewer may read (`auditRecordPolicy.where`: the
 * record's organizations overlap, `&&` GIN-indexed, those where it holds
 * ADMIN) that match the filter.
 */
export function auditListQuery(access: ViewerAccess, filter: AuditWhere): ListQuery {
  const conditions = new Conditions()
    .fragment(auditRecordPolicy.where(access, 'r'))
    .given('r.organization_ids @> array[?::text]', filter.organizationId)
    .given('r.record_ids @> array[?::text]', filter.recordId)
    .given('r.actor_user_id = ?', filter.userId)
    .given('r.occurred_at >= ?', filter.from)
    .given('r.occurred_at < ?', filter.to);
  return rootListQuery('audit_record', 'r', conditions, newestFirst('r', 'occurred_at', 'timestamp'));
}
