import type { Context } from '../../../core/context.js';

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
 * Announces a program change (after commit; IDs only). Nothing subscribes
 * yet: the notifications issue adds the subscription and its filtering.
 */
export function publishProgramChanged(ctx: Context, programId: string, change: ProgramChange): void {
  ctx.pubsub.publish('PROGRAM_CHANGED', { programId, change });
}
