import type { Context } from '../../../core/context.js';
import { fromGlobalId } from '../../../core/ids.js';
import { atVersion, authorizeAtVersion } from '../../../core/policy.js';
import { assertDateOrder } from '../../../core/scalars.js';
import { inTransaction } from '../../../core/transaction.js';
import type { CoordinationProgram } from '../program.entity.js';
import type { UpdateProgramDetailsInput } from '../program.inputs.js';
import { programPolicy } from '../program.policy.js';
import { programSearchKey } from '../program.repository.js';
import { distinct } from './clean.js';
import { assertOpen, loadLegalDocuments, loadProgramForUpdate } from './load.js';
import { publishProgramChanged } from './publish.js';

/**
 * Changes a program's details under optimistic locking: the client sends the
 * version it read; a stale one gets CONFLICT, so of two concurrent edits
 * from the same version exactly one wins and none is silently lost. Omitted
 * fields stay; null clears description and dates; `legalBasisIds` replaces
 * the legal basis. Every successful call makes a new version.
 */
export async function updateProgramDetails(
  ctx: Context,
  input: UpdateProgramDetailsInput,
): Promise<CoordinationProgram> {
  const title = input.title ?? undefined;
  const description = input.description;
  const legalBasis =
    input.legalBasisIds === undefined || input.legalBasisIds === null
      ? undefined
      : distinct(input.legalBasisIds).map((globalId) => ({
          globalId,
          id: fromGlobalId(globalId, 'LegalDocument', 'legalBasisIds'),
        }));
  return inTransaction(ctx, async (em) => {
    const { program, view } = await loadProgramForUpdate(em, input.programId);
    await authorizeAtVersion(
      ctx,
      programPolicy,
      'update',
      view,
      atVersion(program, input.expectedVersion, 'program'),
    );
    assertOpen(program);
    const startsOn = input.startsOn === undefined ? program.startsOn : input.startsOn;
    const endsOn = input.endsOn === undefined ? program.endsOn : input.endsOn;
    if (startsOn) assertDateOrder(startsOn, endsOn, input.endsOn === undefined ? 'startsOn' : 'endsOn');
    const documents = legalBasis ? await loadLegalDocuments(em, legalBasis) : undefined;
    if (title !== undefined) {
      program.title = title;
      program.searchKey = programSearchKey(program.code, title);
    }
    if (description !== undefined) program.description = description;
    program.startsOn = startsOn;
    program.endsOn = endsOn;
    if (documents) {
      await program.legalBasis.init();
      program.legalBasis.set(documents);
    }
    // Always a new version, even when only the legal basis (another table) changed.
    program.updatedAt = new Date();
    await em.flush();
    await publishProgramChanged(em, program.id, 'DETAILS_UPDATED');
    return program;
  });
}
