import { conflict } from '../../core/errors.js';
import { PetitionStatus } from './petition.entity.js';

const { CLASSIFIED, IN_PROGRESS, RESOLVED, TRANSFERRED, WITHDRAWN, FILED_NO_ACTION } = PetitionStatus;

/**
 * The status changes a petition allows. TRANSFERRED is where the new handler
 * starts (as RECEIVED for the receiver); RESOLVED, WITHDRAWN and
 * FILED_NO_ACTION are final.
 */
export const PETITION_TRANSITIONS: Record<PetitionStatus, readonly PetitionStatus[]> = {
  RECEIVED: [CLASSIFIED, TRANSFERRED, WITHDRAWN, FILED_NO_ACTION],
  TRANSFERRED: [CLASSIFIED, TRANSFERRED, WITHDRAWN, FILED_NO_ACTION],
  CLASSIFIED: [IN_PROGRESS, TRANSFERRED, WITHDRAWN, FILED_NO_ACTION],
  IN_PROGRESS: [RESOLVED, TRANSFERRED, WITHDRAWN],
  RESOLVED: [],
  WITHDRAWN: [],
  FILED_NO_ACTION: [],
};

/** True when the petition is RESOLVED, WITHDRAWN or FILED_NO_ACTION (final). */
export const isClosed = (status: PetitionStatus): boolean => PETITION_TRANSITIONS[status].length === 0;

/** Statuses in which a petition is being worked on against its time limit (for `overdue`). */
export const OPEN_WITH_DEADLINE: readonly PetitionStatus[] = [CLASSIFIED, IN_PROGRESS];

/** Throws CONFLICT (field `status`) unless `from → to` is allowed. */
export function assertTransition(from: PetitionStatus, to: PetitionStatus): void {
  if (!PETITION_TRANSITIONS[from].includes(to)) {
    throw conflict(`a petition cannot go from ${from} to ${to}`, { field: 'status', status: from });
  }
}

/** Whether a petition is past its time limit on `today` (open, with a due date before today). */
export function isOverdue(
  petition: { status: PetitionStatus; dueOn: string | null },
  today: string,
): boolean {
  return OPEN_WITH_DEADLINE.includes(petition.status) && !!petition.dueOn && petition.dueOn < today;
}

/** The SQL of `isOverdue` for alias `p`, against today in Asia/Ho_Chi_Minh. */
export const overdueSql = (p: string): string =>
  `coalesce(${p}.status in ('CLASSIFIED', 'IN_PROGRESS') and ${p}.due_on < (now() at time zone 'Asia/Ho_Chi_Minh')::date, false)`;
