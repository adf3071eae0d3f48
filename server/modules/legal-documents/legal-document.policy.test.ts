import { describe, expect, it } from 'vitest';
import { Role } from '../../core/access.js';
import {
  actionsIn,
  actionsOf,
  permitted,
  from,
  holding,
  ids,
  NO_ROLE,
  NOBODY,
  policyCases,
  type PolicyRow,
  SYSTEM_ADMIN,
} from '../../../test/helpers/policies.js';
import { legalDocumentPolicy } from './legal-document.policy.js';

const org = ids('aboveIssuer', 'issuer', 'belowIssuer', 'elsewhere');
const document = { id: 'document', issuingOrganizationId: org.issuer };

type Action = keyof typeof legalDocumentPolicy.actions | 'read';
const relations = {
  'on the issuer': (role: Role) => holding(role, org.issuer),
  'above the issuer': (role: Role) => holding(role, org.aboveIssuer, org.issuer),
  'below the issuer': (role: Role) => holding(role, org.belowIssuer),
  elsewhere: (role: Role) => holding(role, org.elsewhere),
};
type Relation = keyof typeof relations;

// [action, relation, [ADMIN, COORDINATOR, MEMBER, VIEWER]]: documents are public acts; recording
// one needs COORDINATOR on the issuer or above it.
const TABLE: PolicyRow<Action, Relation>[] = [
  ['read', 'on the issuer', from(Role.VIEWER)],
  ['read', 'above the issuer', from(Role.VIEWER)],
  ['read', 'below the issuer', from(Role.VIEWER)],
  ['read', 'elsewhere', from(Role.VIEWER)],
  ['create', 'on the issuer', from(Role.COORDINATOR)],
  ['create', 'above the issuer', from(Role.COORDINATOR)],
  ['create', 'below the issuer', NOBODY],
  ['create', 'elsewhere', NOBODY],
];

describe('legal document policy', () => {
  it.each(policyCases(TABLE))('%s %s: %s → %s', (role, relation, action, allowed) => {
    expect(permitted(legalDocumentPolicy, action, relations[relation](role), document)).toBe(allowed);
  });

  it('covers every action of the policy', () => {
    expect(actionsIn(TABLE)).toEqual(actionsOf(legalDocumentPolicy));
  });

  it('lets a system administrator record documents, and a user without a role only read them', () => {
    expect(permitted(legalDocumentPolicy, 'create', SYSTEM_ADMIN, document)).toBe(true);
    expect(permitted(legalDocumentPolicy, 'create', NO_ROLE, document)).toBe(false);
    expect(permitted(legalDocumentPolicy, 'read', NO_ROLE, document)).toBe(true);
  });
});
