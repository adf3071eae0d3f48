import type { Plain } from '../../core/read/rows.js';
import { byId } from '../../core/loaders.js';
import type { LoaderFactory } from '../../core/context.js';
import { LegalDocument } from './legal-document.entity.js';

/** Legal documents by id, one query per batch. */
export const legalDocumentById: LoaderFactory<string, Plain<LegalDocument> | null> = byId(LegalDocument);
