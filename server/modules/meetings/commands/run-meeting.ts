import type { Context } from '../../../core/context.js';
import { conflict } from '../../../core/errors.js';
import { inTransaction } from '../../../core/transaction.js';
import type { Meeting } from '../meeting.entity.js';
import { MeetingStatus } from '../meeting.enums.js';
import type { CloseMeetingInput, MeetingIdInput } from '../record.inputs.js';
import { loadMeetingToChange } from './load.js';
import { recordMeetingChanged } from './publish.js';
import { checkCitizenCount } from './record-attendance.js';
import { authorize } from '../../../core/policy.js';
import { meetingPolicy } from '../meeting.policy.js';

/** Opens a scheduled meeting (SCHEDULED → IN_PROGRESS); CONFLICT from any other status. */
export async function startMeeting(ctx: Context, input: MeetingIdInput): Promise<Meeting> {
  return inTransaction(ctx, async (em) => {
    const { meeting, view } = await loadMeetingToChange(ctx, em, input.meetingId);
    await authorize(ctx, meetingPolicy, 'start', view);
    if (meeting.status !== MeetingStatus.SCHEDULED) {
      throw conflict(`a ${meeting.status.toLowerCase()} meeting cannot start`, { field: 'meetingId' });
    }
    meeting.status = MeetingStatus.IN_PROGRESS;
    meeting.startedAt = new Date();
    meeting.sequence += 1;
    await em.flush();
    await recordMeetingChanged(em, meeting, 'STARTED');
    return meeting;
  });
}

/**
 * Closes a meeting in progress (IN_PROGRESS → HELD), with the citizen count
 * of a dialogue or reception; CONFLICT from any other status.
 */
export async function closeMeeting(ctx: Context, input: CloseMeetingInput): Promise<Meeting> {
  return inTransaction(ctx, async (em) => {
    const { meeting, view } = await loadMeetingToChange(ctx, em, input.meetingId);
    await authorize(ctx, meetingPolicy, 'close', view);
    if (meeting.status !== MeetingStatus.IN_PROGRESS) {
      throw conflict(`a ${meeting.status.toLowerCase()} meeting cannot be closed`, { field: 'meetingId' });
    }
    checkCitizenCount(meeting, input.citizenCount);
    if (input.citizenCount !== null && input.citizenCount !== undefined)
      meeting.citizenCount = input.citizenCount;
    meeting.status = MeetingStatus.HELD;
    meeting.closedAt = new Date();
    meeting.sequence += 1;
    await em.flush();
    await recordMeetingChanged(em, meeting, 'HELD');
    return meeting;
  });
}
