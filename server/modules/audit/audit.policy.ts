import { anyone, definePolicy } from '../../core/policy.js';
import { mayReadAudit } from './audit.repository.js';

/**
 * The audit log as a whole: a system administrator, or an ADMIN somewhere,
 * may query it (which records it then sees is `auditWhere`, in SQL).
 */
export const auditLogPolicy = definePolicy<{ id?: string }, 'query'>('AuditRecord', anyone, {
  query: (access) => mayReadAudit(access),
});
