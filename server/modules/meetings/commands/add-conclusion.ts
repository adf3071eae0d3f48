import type { Context } from '../../../core/context.js';
import { conflict } from '../../../core/errors.js';
import { inTransaction } from '../../../core/transaction.js';
import { MeetingStatus } from '../meeting.enums.js';
import { MeetingConclusion } from '../record.entity.js';
import type { AddConclusionInput } from '../record.inputs.js';
import { loadMeetingToChange } from './load.js';
import { authorize } from '../../../core/policy.js';
import { meetingPolicy } from '../meeting.policy.js';

/** Adds a conclusion ("kết luận") to a meeting that has started or was held; CONFLICT before. */
export async function addConclusion(ctx: Context, input: AddConclusionInput): Promise<MeetingConclusion> {
  const text = input.text;
  return inTransaction(ctx, async (em) => {
    const { meeting, view } = await loadMeetingToChange(ctx, em, input.meetingId);
    await authorize(ctx, meetingPolicy, 'addConclusion', view);
    if (meeting.status !== MeetingStatus.IN_PROGRESS && meeting.status !== MeetingStatus.HELD) {
      throw conflict('conclusions are recorded once the meeting has started', { field: 'meetingId' });
    }
    const last = await em.findOne(MeetingConclusion, { meeting }, { orderBy: { position: 'desc' } });
    return em.create(MeetingConclusion, { meeting, text, position: (last?.position ?? 0) + 1 });
  });
}
