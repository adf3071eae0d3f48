import { Role, type ViewerAccess } from '../../core/access.js';
import { anyone, definePolicy } from '../../core/policy.js';
import { reachRule } from '../../core/read-rule.js';

/** True when the viewer may read some of the audit log: a system administrator, or ADMIN somewhere. */
export const mayReadAudit = (access: ViewerAccess): boolean =>
  access.isSystemAdmin || access.organizationIds(Role.ADMIN).length > 0;

/**
 * The audit log as a whole: a system administrator, or an ADMIN somewhere,
 * may query it (which records it then sees is `auditRecordPolicy`).
 */
export const auditLogPolicy = definePolicy<{ id?: string }, 'query'>('AuditRecord', anyone, {
  query: (access) => mayReadAudit(access),
});

/** What the audit record policy needs to know: the organizations a record concerns. */
export interface AuditRecordAccessView {
  id: string;
  organizationIds: readonly string[];
}

/**
 * One audit record is read by system administrators and by ADMINs of an
 * organization it concerns (or above it); in SQL, `where` on the
 * `organization_ids` array (GIN-indexed `&&`).
 */
export const auditRecordPolicy = definePolicy<AuditRecordAccessView, never>(
  'AuditRecord',
  reachRule({
    role: Role.ADMIN,
    organizations: [{ ids: (record) => record.organizationIds, at: [{ arrayColumn: 'organization_ids' }] }],
  }),
  {},
);
