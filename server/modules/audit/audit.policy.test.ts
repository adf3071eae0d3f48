import { describe, expect, it } from 'vitest';
import { byRole, from, holding, ids, NO_ROLE, Role, SYSTEM_ADMIN } from '../../../test/helpers/policies.js';
import { auditLogPolicy, auditRecordPolicy } from './audit.policy.js';

const org = ids('parent', 'recorded', 'elsewhere', 'somewhere');

describe('audit log policy', () => {
  // Querying the audit log: a system administrator, or an ADMIN somewhere (which records then is SQL's business).
  it.each([
    ...byRole('somewhere', (role) => holding(role, org.somewhere), from(Role.ADMIN)),
    ['a user without a role', NO_ROLE, false] as const,
    ['a system administrator', SYSTEM_ADMIN, true] as const,
  ])('query by %s → %s', (_, access, allowed) => {
    expect(auditLogPolicy.actions.query(access, {})).toBe(allowed);
  });
});

describe('who reads one audit record', () => {
  // A record is read by ADMINs of an organization it concerns (or above it) and by system administrators.
  const record = { id: 'record', organizationIds: [org.recorded] };
  it.each([
    ...byRole('on an organization it concerns', (role) => holding(role, org.recorded), from(Role.ADMIN)),
    ...byRole('above that organization', (role) => holding(role, org.parent, org.recorded), from(Role.ADMIN)),
    ['ADMIN elsewhere', holding(Role.ADMIN, org.elsewhere), false] as const,
    ['a system administrator', SYSTEM_ADMIN, true] as const,
  ])('%s → %s', (_, access, allowed) => {
    expect(auditRecordPolicy.read(access, record)).toBe(allowed);
  });
});
