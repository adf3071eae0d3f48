import { NotificationKind } from '../notifications/notification.entity.js';
import { noticeOn } from '../notifications/notices.js';

/** What happened to a program, as `PROGRAM_CHANGED` says it. */
export type ProgramChange =
  | 'CREATED'
  | 'DETAILS_UPDATED'
  | 'STATUS_CHANGED'
  | 'PARTICIPANT_ADDED'
  | 'PARTICIPANT_REMOVED'
  | 'OBJECTIVE_SET'
  | 'OBJECTIVE_VALUE_RECORDED'
  | 'UPDATE_POSTED';

/** The payload of `PROGRAM_CHANGED`. */
export interface ProgramChanged {
  programId: string;
  /**
   * The owner and every participant, past and present (those whose roles
   * may read it), as of the change.
   */
  organizationIds: string[];
  change: ProgramChange;
}

declare module '../../core/pubsub.js' {
  interface Events {
    /** A program or its participants, objectives or updates changed. */
    PROGRAM_CHANGED: [ProgramChanged];
  }
}

/** The changes participants are told about. */
const NOTIFIED = new Set<ProgramChange>(['UPDATE_POSTED', 'STATUS_CHANGED', 'PARTICIPANT_ADDED']);

/** Who hears about a program's news: the role holders of its current participants. */
noticeOn('PROGRAM_CHANGED', async (em, { programId, change }) => {
  if (!NOTIFIED.has(change)) return null;
  const participants = await em.execute<{ organization_id: string }[]>(
    'select organization_id from program_participant where program_id = ? and left_on is null',
    [programId],
  );
  const rows = await em.execute<{ title: string }[]>('select title from coordination_program where id = ?', [
    programId,
  ]);
  return {
    kind: NotificationKind.PROGRAM_UPDATED,
    title: 'Chương trình phối hợp có cập nhật',
    body: rows[0]?.title ?? '',
    subjectType: 'CoordinationProgram',
    subjectId: programId,
    recipients: { organizationIds: participants.map((p) => p.organization_id), personIds: [] },
  };
});
