import type { ViewerAccess } from '../../core/access.js';
import { type ListQuery, rootListQuery } from '../../core/read/keyset.js';
import { Conditions } from '../../core/read/conditions.js';
import { foldForSearch } from '../../core/text.js';
import type { LegalDocumentKind } from './legal-document.entity.js';
import { legalDocumentPolicy } from './legal-document.policy.js';

/**
 * The `legalDocuments` list (alias `d`), newest issue date first: the
 * policy's read rule (public acts: every signed-in user) and the filter, in
 * SQL (trigram-indexed search on number and title).
 */
export function legalDocumentListQuery(
  access: ViewerAccess,
  filter: {
    search?: string | null;
    issuingOrganizationId?: string | null;
    kinds?: LegalDocumentKind[] | null;
  },
): ListQuery {
  const conditions = new Conditions()
    .fragment(legalDocumentPolicy.where(access, 'd'))
    .search('d.search_key', filter.search)
    .given('d.issuing_organization_id = ?', filter.issuingOrganizationId)
    .oneOf('d.kind', filter.kinds);
  return rootListQuery('legal_document', 'd', conditions, [
    { expr: 'd.issued_on', dir: 'desc', kind: 'date' },
    { expr: 'd.id', dir: 'asc', kind: 'uuid' },
  ]);
}

/** The search key of a legal document: its number and title, folded. */
export function legalDocumentSearchKey(number: string, title: string): string {
  return foldForSearch(`${number} ${title}`);
}
