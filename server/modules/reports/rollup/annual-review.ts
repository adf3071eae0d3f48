import type { Context } from '../../../core/context.js';
import type { ExportedFileType } from './rollup.type.js';

/** The annual review report of an organization as a DOCX file. */
export async function annualReviewDocument(
  _ctx: Context,
  _organizationId: string,
  _year: number,
): Promise<ExportedFileType> {
  throw new Error('not implemented yet');
}
