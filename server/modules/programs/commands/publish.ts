import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '../../../core/domain-events.js';
import { loadProgramAccessViews } from '../program.access.js';
import { participatingOrganizations } from '../program.policy.js';

/** What happened to a program, as announced after commit. */
export type ProgramChange =
  | 'CREATED'
  | 'DETAILS_UPDATED'
  | 'STATUS_CHANGED'
  | 'PARTICIPANT_ADDED'
  | 'PARTICIPANT_REMOVED'
  | 'OBJECTIVE_SET'
  | 'OBJECTIVE_VALUE_RECORDED'
  | 'UPDATE_POSTED';

/**
 * Records a program change in the transaction (call after flushing it): the
 * notification outbox writes inbox rows before commit, subscribers get
 * `PROGRAM_CHANGED` after. The event names the organizations that may read
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
