import type { FilterQuery } from '@mikro-orm/postgresql';
import { escapeLike, foldForSearch } from '../../core/text.js';
import type { LegalDocument, LegalDocumentKind } from './legal-document.entity.js';

/** Filter for legal documents, all in SQL (trigram-indexed search on number and title). */
export function legalDocumentWhere(filter: {
  search?: string | null;
  issuingOrganizationId?: string | null;
  kinds?: LegalDocumentKind[] | null;
}): FilterQuery<LegalDocument> {
  const where: Record<string, unknown> = {};
  const search = filter.search ? foldForSearch(filter.search) : '';
  if (search) where.searchKey = { $like: `%${escapeLike(search)}%` };
  if (filter.issuingOrganizationId) where.issuingOrganization = filter.issuingOrganizationId;
  if (filter.kinds?.length) where.kind = { $in: filter.kinds };
  return where as FilterQuery<LegalDocument>;
}

/** The search key of a legal document: its number and title, folded. */
export function legalDocumentSearchKey(number: string, title: string): string {
  return foldForSearch(`${number} ${title}`);
}
