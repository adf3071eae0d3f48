import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '../../../core/domain-events.js';
import { loadProgramAccessViews } from '../program.access.js';
import { participatingOrganizations } from '../program.policy.js';
// Loaded with the publisher: it declares who hears about PROGRAM_CHANGED (`noticeOn`).
import '../program.events.js';
import type { ProgramChange } from '../program.events.js';

/**
 * Records a program change in the transaction (call after flushing it): the
 * notification outbox writes inbox rows before commit (who hears is said in
 * `program.events.ts`), subscribers get `PROGRAM_CHANGED` after. The event names the organizations that may read
 * the program as it now is, so deliveries check each subscriber's access in
 * memory, without a query per subscriber.
 */
export async function publishProgramChanged(
  em: EntityManager,
  programId: string,
  change: ProgramChange,
): Promise<void> {
  const view = (await loadProgramAccessViews(em, [programId])).get(programId);
  const organizationIds = view ? [...new Set(participatingOrganizations(view))] : [];
  recordEvent(em, 'PROGRAM_CHANGED', { programId, organizationIds, change });
}
