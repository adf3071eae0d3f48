import { Role } from '../../core/access.js';
import { definePolicy } from '../../core/policy.js';
import { everyone } from '../../core/read-rule.js';

/** What the legal-document policy needs to know: who issues the document. */
export interface LegalDocumentAccessView {
  id?: string;
  issuingOrganizationId: string;
}

/**
 * Legal documents are public acts: every signed-in user reads them.
 * Recording one needs COORDINATOR (or ADMIN, which is stronger) on the
 * issuing organization — or above it in its chain of command.
 */
export const legalDocumentPolicy = definePolicy<LegalDocumentAccessView, 'create'>(
  'LegalDocument',
  everyone,
  {
    create: (access, document) => access.has(Role.COORDINATOR, document.issuingOrganizationId),
  },
);
