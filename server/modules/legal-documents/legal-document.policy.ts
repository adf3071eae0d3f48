import { Role } from '../../core/access.js';
import { anyone, definePolicy } from '../../core/policy.js';

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
export const legalDocumentPolicy = definePolicy<LegalDocumentAccessView, 'create'>('LegalDocument', anyone, {
  create: (access, document) => access.has(Role.COORDINATOR, document.issuingOrganizationId),
});
