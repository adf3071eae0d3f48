import type { Context } from '../../../core/context.js';
import { badInput, conflict } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { inTransaction } from '../../../core/transaction.js';
import type { Meeting } from '../meeting.entity.js';
import { CITIZEN_KINDS, MeetingStatus } from '../meeting.enums.js';
import { MeetingInvitation } from '../participation.entity.js';
import type { RecordAttendanceInput } from '../participation.inputs.js';
import { loadMeetingToChange } from './load.js';
import { authorize } from '../../../core/policy.js';
import { meetingPolicy } from '../meeting.policy.js';

/** Largest citizen count accepted. */
export const MAX_CITIZENS = 1_000_000;

/**
 * BAD_USER_INPUT unless `count` fits the meeting: only dialogues with the
 * people and citizen receptions count citizens.
 */
export function checkCitizenCount(meeting: Meeting, count: number | null | undefined): void {
  if (count === null || count === undefined) return;
  if (!CITIZEN_KINDS.includes(meeting.kind)) {
    throw badInput('citizenCount', 'only dialogues with the people and citizen receptions count citizens');
  }
  if (!Number.isInteger(count) || count < 0 || count > MAX_CITIZENS) {
    throw badInput('citizenCount', `citizenCount must be between 0 and ${MAX_CITIZENS}`);
  }
}

/**
 * Records who attended (per invitation) and, for dialogues and receptions,
 * how many citizens took part. CONFLICT before the meeting has started.
 */
export async function recordAttendance(ctx: Context, input: RecordAttendanceInput): Promise<Meeting> {
  const ids = input.entries.map((e) => fromGlobalId(e.invitationId, 'MeetingInvitation', 'entries'));
  if (new Set(ids).size !== ids.length) throw badInput('entries', 'an invitation appears twice');
  const notes = input.entries.map((e) => e.note ?? null);
  return inTransaction(ctx, async (em) => {
    const { meeting, view } = await loadMeetingToChange(ctx, em, input.meetingId);
    await authorize(ctx, meetingPolicy, 'recordAttendance', view);
    if (meeting.status !== MeetingStatus.IN_PROGRESS && meeting.status !== MeetingStatus.HELD) {
      throw conflict('attendance is recorded once the meeting has started', { field: 'meetingId' });
    }
    checkCitizenCount(meeting, input.citizenCount);
    const invitations = ids.length ? await em.find(MeetingInvitation, { id: { $in: ids }, meeting }) : [];
    input.entries.forEach((entry, i) => {
      const invitation = invitations.find((inv) => inv.id === ids[i]);
      if (!invitation)
        throw badInput('entries', `${entry.invitationId} is not an invitation to this meeting`);
      invitation.attendance = entry.attendance;
      invitation.attendanceNote = notes[i];
    });
    if (input.citizenCount !== null && input.citizenCount !== undefined)
      meeting.citizenCount = input.citizenCount;
    return meeting;
  });
}
