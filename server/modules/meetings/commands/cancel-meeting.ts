import { LockMode } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { conflict } from '../../../core/errors.js';
import { inTransaction } from '../../../core/transaction.js';
import type { Meeting } from '../meeting.entity.js';
import { MeetingStatus, OPEN_MEETING_STATUSES } from '../meeting.enums.js';
import { type CancelMeetingInput, MeetingChangeScope } from '../meeting.inputs.js';
import { MeetingSeries } from '../series.entity.js';
import { loadMeetingToChange } from './load.js';
import { recordMeetingChanged } from './publish.js';
import { seriesRows } from './regenerate.js';
import { authorize } from '../../../core/policy.js';
import { meetingPolicy } from '../meeting.policy.js';

/**
 * Cancels a meeting with a reason: THIS occurrence, THIS_AND_FOLLOWING, or
 * the whole SERIES (its occurrences not yet started). Cancelled occurrences
 * stay (iCalendar STATUS:CANCELLED). CONFLICT when the meeting itself has
 * started, was held or is already cancelled.
 */
export async function cancelMeeting(
  ctx: Context,
  input: CancelMeetingInput,
): Promise<{ meeting: Meeting; cancelledCount: number }> {
  const reason = input.reason;
  const scope = input.scope ?? MeetingChangeScope.THIS;
  return inTransaction(ctx, async (em) => {
    const { meeting, view } = await loadMeetingToChange(ctx, em, input.meetingId);
    await authorize(ctx, meetingPolicy, 'cancel', view);
    if (!OPEN_MEETING_STATUSES.includes(meeting.status)) {
      throw conflict(`a ${meeting.status.toLowerCase()} meeting cannot be cancelled`, { field: 'meetingId' });
    }
    let targets = [meeting];
    if (meeting.series && scope !== MeetingChangeScope.THIS) {
      const series = await em.findOneOrFail(MeetingSeries, meeting.series.id, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
      });
      const from = scope === MeetingChangeScope.SERIES ? 0 : (meeting.seriesIndex as number);
      targets = (await seriesRows(em, series.id)).filter(
        (row) => (row.seriesIndex as number) >= from && OPEN_MEETING_STATUSES.includes(row.status),
      );
      if (scope === MeetingChangeScope.SERIES) series.sequence += 1;
    }
    for (const row of targets) {
      row.status = MeetingStatus.CANCELLED;
      row.statusReason = reason;
      row.isException = row.series !== null;
      row.sequence += 1;
    }
    await em.flush();
    await recordMeetingChanged(
      em,
      meeting,
      'CANCELLED',
      targets.map((m) => m.id),
    );
    return { meeting, cancelledCount: targets.length };
  });
}
