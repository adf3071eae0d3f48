import type { Context } from '../../../core/context.js';
import { conflict } from '../../../core/errors.js';
import { inTransaction } from '../../../core/transaction.js';
import type { Meeting } from '../meeting.entity.js';
import { MeetingStatus } from '../meeting.enums.js';
import type { PostponeMeetingInput } from '../meeting.inputs.js';
import { loadMeetingToChange } from './load.js';
import { recordMeetingChanged } from './publish.js';
import { authorize } from '../../../core/policy.js';
import { meetingPolicy } from '../meeting.policy.js';

/**
 * Postpones a scheduled meeting ("hoãn") with a reason, until
 * `rescheduleMeeting` gives it a new time. Only this occurrence of a series.
 * CONFLICT unless it is SCHEDULED.
 */
export async function postponeMeeting(ctx: Context, input: PostponeMeetingInput): Promise<Meeting> {
  const reason = input.reason;
  return inTransaction(ctx, async (em) => {
    const { meeting, view } = await loadMeetingToChange(ctx, em, input.meetingId);
    await authorize(ctx, meetingPolicy, 'postpone', view);
    if (meeting.status !== MeetingStatus.SCHEDULED) {
      throw conflict(`a ${meeting.status.toLowerCase()} meeting cannot be postponed`, { field: 'meetingId' });
    }
    meeting.status = MeetingStatus.POSTPONED;
    meeting.statusReason = reason;
    meeting.isException = meeting.series !== null;
    meeting.sequence += 1;
    await em.flush();
    await recordMeetingChanged(em, meeting, 'POSTPONED');
    return meeting;
  });
}
