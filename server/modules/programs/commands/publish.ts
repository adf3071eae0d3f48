import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '../../../core/domain-events.js';

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
 * Records a program change in the transaction: the notification outbox
 * writes inbox rows before commit, subscribers get `PROGRAM_CHANGED` after.
 */
export function publishProgramChanged(em: EntityManager, programId: string, change: ProgramChange): void {
  recordEvent(em, 'PROGRAM_CHANGED', { programId, change });
}
