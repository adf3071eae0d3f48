import type { Context } from '../../../core/context.js';
import { badInput, conflict, notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { authorize } from '../../../core/policy.js';
import { inTransaction } from '../../../core/transaction.js';
import { Organization } from '../../organizations/organization.entity.js';
import { LegalDocument } from '../legal-document.entity.js';
import type { CreateLegalDocumentInput } from '../legal-document.inputs.js';
import { legalDocumentPolicy } from '../legal-document.policy.js';
import { legalDocumentSearchKey } from '../legal-document.repository.js';

/** Longest link. */
export const MAX_URL_LENGTH = 2000;

/** Trims an optional link; blank becomes null. BAD_USER_INPUT (field `url`) unless it is an http(s) URL. */
export function cleanUrl(value: string | null | undefined): string | null {
  const url = value?.trim() ?? '';
  if (url === '') return null;
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || url.length > MAX_URL_LENGTH) {
    throw badInput('url', `url must be an http(s) link of at most ${MAX_URL_LENGTH} characters`);
  }
  return url;
}

/**
 * Records a legal basis document issued by an organization. The number and
 * title are kept as written (NFC, spaces collapsed); the number is unique per
 * issuing organization (CONFLICT otherwise). The issuer may be merged or
 * dissolved: documents it issued before stay valid and may still be recorded.
 */
export async function createLegalDocument(
  ctx: Context,
  input: CreateLegalDocumentInput,
): Promise<LegalDocument> {
  const { number, title } = input;
  const url = cleanUrl(input.url);
  const issuerId = fromGlobalId(input.issuingOrganizationId, 'Organization', 'issuingOrganizationId');
  return inTransaction(ctx, async (em) => {
    const issuer = await em.findOne(Organization, issuerId);
    if (!issuer) throw notFound('Organization', input.issuingOrganizationId);
    await authorize(ctx, legalDocumentPolicy, 'create', { issuingOrganizationId: issuer.id });
    // No unique index on (issuer, number): serialize creations per issuer so the check below holds.
    // (`em.execute` runs in the transaction; `em.execute` would not.)
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`legal-document:${issuer.id}`]);
    if (await em.count(LegalDocument, { issuingOrganization: issuer.id, number })) {
      throw conflict(`${issuer.name} already has a document numbered ${number}`, { field: 'number' });
    }
    const document = em.create(LegalDocument, {
      number,
      kind: input.kind,
      title,
      searchKey: legalDocumentSearchKey(number, title),
      issuingOrganization: issuer,
      issuedOn: input.issuedOn,
      url,
    });
    await em.flush();
    return document;
  });
}
