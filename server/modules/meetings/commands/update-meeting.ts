import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { conflict } from '../../../core/errors.js';
import { authorize } from '../../../core/policy.js';
import { inTransaction } from '../../../core/transaction.js';
import type { Meeting } from '../meeting.entity.js';
import { OPEN_MEETING_STATUSES } from '../meeting.enums.js';
import { MeetingChangeScope, type UpdateMeetingInput } from '../meeting.inputs.js';
import { meetingPolicy } from '../meeting.policy.js';
import { MeetingSeries } from '../series.entity.js';
import { assertTimes, cleanUrl, loadMeetingToChange } from './load.js';
import { recordMeetingChanged } from './publish.js';
import { markException, SERIES_DETAILS, seriesRows } from './regenerate.js';
import {
  conflictsOfMoved,
  moveMeeting,
  type RescheduleResult,
  splitSeriesAt,
  type Times,
} from './reschedule-meeting.js';

type Details = Partial<Pick<Meeting, (typeof SERIES_DETAILS)[number]>>;

/** The details of `input` that differ from `meeting`'s (left out or a null title: unchanged). */
function changedDetails(input: UpdateMeetingInput, meeting: Meeting): Details {
  const wanted: Details = {};
  if (input.title) wanted.title = input.title;
  if (input.description !== undefined) wanted.description = input.description ?? null;
  if (input.place !== undefined) wanted.place = input.place ?? null;
  if (input.onlineUrl !== undefined) wanted.onlineUrl = cleanUrl(input.onlineUrl, 'onlineUrl');
  return Object.fromEntries(
    Object.entries(wanted).filter(([field, value]) => meeting[field as keyof Details] !== value),
  );
}

/** The new times of `input`, or null when they are left out or those of `meeting`. */
function changedTimes(input: UpdateMeetingInput, meeting: Meeting): Times | null {
  if (!input.startsAt && !input.endsAt) return null;
  const times = { startsAt: input.startsAt ?? meeting.startsAt, endsAt: input.endsAt ?? meeting.endsAt };
  assertTimes(times.startsAt, times.endsAt);
  const same =
    times.startsAt.getTime() === meeting.startsAt.getTime() &&
    times.endsAt.getTime() === meeting.endsAt.getTime();
  return same ? null : times;
}

/**
 * The occurrences a detail change applies to: the meeting alone (THIS, or a
 * one-off meeting), else it and the occurrences of its series still to come
 * and not held (after a split, the new series is the following ones).
 */
async function rowsInScope(
  em: EntityManager,
  meeting: Meeting,
  series: MeetingSeries | null,
  scope: MeetingChangeScope,
  now = new Date(),
): Promise<Meeting[]> {
  if (!series || scope === MeetingChangeScope.THIS) return [meeting];
  const rows = await seriesRows(em, series.id);
  return rows.filter(
    (row) => row === meeting || (OPEN_MEETING_STATUSES.includes(row.status) && row.startsAt > now),
  );
}

/**
 * Edits a scheduled or postponed meeting's details — title, description,
 * place, online link — and its time, for THIS occurrence (it becomes an
 * exception of its series), THIS_AND_FOLLOWING (the series is split there)
 * or the whole SERIES (its template and the occurrences still to come).
 * A new time moves occurrences as `rescheduleMeeting` does, with double
 * bookings as warnings. Needs COORDINATOR on the host; CONFLICT when the
 * meeting has started, was held or cancelled. Nothing changed: no event.
 */
export async function updateMeeting(ctx: Context, input: UpdateMeetingInput): Promise<RescheduleResult> {
  const scope = input.scope ?? MeetingChangeScope.THIS;
  return inTransaction(ctx, async (em) => {
    const { meeting, view } = await loadMeetingToChange(ctx, em, input.meetingId);
    await authorize(ctx, meetingPolicy, 'update', view);
    if (!OPEN_MEETING_STATUSES.includes(meeting.status)) {
      throw conflict(`a ${meeting.status.toLowerCase()} meeting cannot be changed`, { field: 'meetingId' });
    }
    const details = changedDetails(input, meeting);
    const times = changedTimes(input, meeting);
    let series = meeting.series
      ? await em.findOneOrFail(MeetingSeries, meeting.series.id, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!times && !Object.keys(details).length) return { meeting, series, warnings: [] };
    let moved: Meeting[] = [];
    if (times) {
      ({ series, moved } = await moveMeeting(em, meeting, series, scope, times));
    } else if (series && scope === MeetingChangeScope.THIS_AND_FOLLOWING && meeting.seriesIndex) {
      const start = meeting.originalStart as Date;
      ({ series } = await splitSeriesAt(em, series, meeting, start, series.durationMinutes));
    }
    await em.flush();
    const rows = await rowsInScope(em, meeting, series, scope);
    if (series && scope !== MeetingChangeScope.THIS) {
      Object.assign(series, details);
      series.sequence += 1;
    }
    for (const row of rows) {
      Object.assign(row, details);
      if (series) markException(row, series);
      if (!moved.includes(row)) row.sequence += 1;
    }
    await em.flush();
    const warnings = moved.length ? await conflictsOfMoved(ctx, em, meeting, moved) : [];
    const touched = new Set([...rows, ...moved].map((m) => m.id));
    await recordMeetingChanged(em, meeting, 'UPDATED', [...touched]);
    return { meeting, series, warnings };
  });
}
