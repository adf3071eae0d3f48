import { describe, expect, it } from 'vitest';
import { Role } from '../../core/access.js';
import { holding, ids, NO_ROLE, ROLES, SYSTEM_ADMIN } from '../../../test/helpers/policies.js';
import { auditLogPolicy } from './audit.policy.js';

const org = ids('somewhere');

describe('audit log policy', () => {
  // Querying the audit log: a system administrator, or an ADMIN somewhere (which records then is SQL's business).
  it.each([
    ...ROLES.map((role) => [`${role} somewhere`, holding(role, org.somewhere), role === Role.ADMIN] as const),
    ['a user without a role', NO_ROLE, false] as const,
    ['a system administrator', SYSTEM_ADMIN, true] as const,
  ])('query by %s → %s', (_, access, allowed) => {
    expect(auditLogPolicy.actions.query(access, {})).toBe(allowed);
  });
});
