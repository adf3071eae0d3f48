import type { Context, LoaderFactory } from '../../core/context.js';
import { LegalDocument } from './legal-document.entity.js';

/** Legal documents by id, one query per batch. */
export const legalDocumentById: LoaderFactory<string, LegalDocument | null> =
  (ctx: Context) => async (ids) => {
    const rows = await ctx.em.find(LegalDocument, { id: { $in: [...ids] } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  };
