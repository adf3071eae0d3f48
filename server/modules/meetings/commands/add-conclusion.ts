import type { Context } from '../../../core/context.js';
import { badInput, conflict } from '../../../core/errors.js';
import { inTransaction } from '../../../core/transaction.js';
import { MeetingStatus } from '../meeting.enums.js';
import { MAX_TEXT } from '../meeting.inputs.js';
import { MeetingConclusion } from '../record.entity.js';
import type { AddConclusionInput } from '../record.inputs.js';
import { cleanText, loadMeetingToChange } from './load.js';

/** Adds a conclusion ("kết luận") to a meeting that has started or was held; CONFLICT before. */
export async function addConclusion(ctx: Context, input: AddConclusionInput): Promise<MeetingConclusion> {
  const text = cleanText(input.text, 'text', MAX_TEXT);
  if (!text) throw badInput('text', 'text must not be empty');
  return inTransaction(ctx, async (em) => {
    const { meeting } = await loadMeetingToChange(ctx, em, input.meetingId, 'addConclusion');
    if (meeting.status !== MeetingStatus.IN_PROGRESS && meeting.status !== MeetingStatus.HELD) {
      throw conflict('conclusions are recorded once the meeting has started', { field: 'meetingId' });
    }
    const last = await em.findOne(MeetingConclusion, { meeting }, { orderBy: { position: 'desc' } });
    return em.create(MeetingConclusion, { meeting, text, position: (last?.position ?? 0) + 1 });
  });
}
