import type { Context } from '../../../core/context.js';
import { conflict } from '../../../core/errors.js';
import { inTransaction } from '../../../core/transaction.js';
import { User } from '../../users/user.entity.js';
import { MeetingStatus } from '../meeting.enums.js';
import { MeetingMinutes, MinutesStatus } from '../record.entity.js';
import type { RecordMinutesInput } from '../record.inputs.js';
import { loadMeetingToChange } from './load.js';
import { authorize } from '../../../core/policy.js';
import { meetingPolicy } from '../meeting.policy.js';

/**
 * Writes the minutes of a meeting that has started or was held, as a draft
 * or approved. Approved minutes are final: changing them is a CONFLICT.
 */
export async function recordMinutes(ctx: Context, input: RecordMinutesInput): Promise<MeetingMinutes> {
  const text = input.text;
  return inTransaction(ctx, async (em) => {
    const { meeting, view } = await loadMeetingToChange(ctx, em, input.meetingId);
    await authorize(ctx, meetingPolicy, 'recordMinutes', view);
    if (meeting.status !== MeetingStatus.IN_PROGRESS && meeting.status !== MeetingStatus.HELD) {
      throw conflict('minutes are recorded once the meeting has started', { field: 'meetingId' });
    }
    let minutes = await em.findOne(MeetingMinutes, { meeting });
    if (minutes?.status === MinutesStatus.APPROVED)
      throw conflict('the minutes are approved: they are final');
    minutes ??= em.create(MeetingMinutes, { meeting, text });
    minutes.text = text;
    if (input.approve) {
      minutes.status = MinutesStatus.APPROVED;
      minutes.approvedAt = new Date();
      minutes.approvedBy = ctx.viewer?.userId
        ? em.getReference(User, ctx.viewer.userId, { wrapped: true })
        : null;
    }
    return minutes;
  });
}
