import { LockMode, ref, type EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { conflict } from '../../../core/errors.js';
import { inTransaction } from '../../../core/transaction.js';
import type { Meeting } from '../meeting.entity.js';
import { MeetingStatus, OPEN_MEETING_STATUSES } from '../meeting.enums.js';
import { MeetingChangeScope, type RescheduleMeetingInput } from '../meeting.inputs.js';
import { MeetingChair, MeetingInvitation } from '../participation.entity.js';
import { MeetingSeries } from '../series.entity.js';
import { shiftByWallClock } from '../zoned.js';
import { findConflicts, type Conflict } from './conflicts.js';
import { assertTimes, loadMeetingToChange } from './load.js';
import { recordMeetingChanged } from './publish.js';
import { markException, regenerate, seriesRows } from './regenerate.js';
import { authorize } from '../../../core/policy.js';
import { meetingPolicy } from '../meeting.policy.js';

/** Result of `rescheduleMeeting`. */
export interface RescheduleResult {
  meeting: Meeting;
  series: MeetingSeries | null;
  warnings: Conflict[];
}

/** A start and an end. */
export type Times = { startsAt: Date; endsAt: Date };
const minutes = (t: Times) => Math.round((t.endsAt.getTime() - t.startsAt.getTime()) / 60_000);

/** Puts `meeting` at `times` (a postponed one is scheduled again) and recomputes its exception flag. */
function place(meeting: Meeting, times: Times, series: MeetingSeries | null): void {
  meeting.startsAt = times.startsAt;
  meeting.endsAt = times.endsAt;
  if (meeting.status === MeetingStatus.POSTPONED) {
    meeting.status = MeetingStatus.SCHEDULED;
    meeting.statusReason = null;
  }
  if (series) markException(meeting, series);
  meeting.sequence += 1;
}

/** SERIES: the whole series moves by the wall-clock difference given for this occurrence. */
async function moveSeries(em: EntityManager, series: MeetingSeries, target: Meeting, times: Times) {
  series.startsAt = shiftByWallClock(
    series.startsAt,
    target.originalStart as Date,
    times.startsAt,
    series.timeZone,
  );
  series.durationMinutes = minutes(times);
  series.sequence += 1;
  const moved = await regenerate(em, series, await seriesRows(em, series.id));
  if (!moved.includes(target)) place(target, times, series);
  return { series, moved: [...new Set([...moved, target])] };
}

/**
 * THIS_AND_FOLLOWING: the series ends just before this occurrence (UNTIL);
 * a new series starts at the new time with what remains of the old one,
 * and this and the following occurrences move to it.
 */
async function splitSeries(em: EntityManager, old: MeetingSeries, target: Meeting, times: Times) {
  const { series, moved } = await splitSeriesAt(em, old, target, times.startsAt, minutes(times));
  if (!moved.includes(target)) place(target, times, series);
  return { series, moved: [...new Set([...moved, target])] };
}

/**
 * Ends `old` just before occurrence `target` (UNTIL) and starts a new series
 * at `startsAt` with what remains of it; `target` and the following
 * occurrences move to the new series (regenerated on its rule). Returns the
 * new series and the occurrences whose time changed or which were created.
 */
export async function splitSeriesAt(
  em: EntityManager,
  old: MeetingSeries,
  target: Meeting,
  startsAt: Date,
  durationMinutes: number,
): Promise<{ series: MeetingSeries; moved: Meeting[] }> {
  const rows = await seriesRows(em, old.id);
  const cut = target.seriesIndex as number;
  const { organization, kind, title, description, place: where, onlineUrl, program, rule, timeZone } = old;
  const series = em.create(MeetingSeries, {
    organization,
    kind,
    title,
    description,
    place: where,
    onlineUrl,
    program,
    rule,
    timeZone,
    startsAt,
    durationMinutes,
    count: old.count === null ? null : old.count - cut,
    untilAt: old.untilAt,
    splitFrom: old,
  });
  old.untilAt = new Date((target.originalStart as Date).getTime() - 1000);
  old.count = null;
  old.sequence += 1;
  const following = rows.filter((row) => (row.seriesIndex as number) >= cut);
  for (const row of following) {
    row.series = ref(series);
    row.seriesIndex = (row.seriesIndex as number) - cut;
  }
  return { series, moved: await regenerate(em, series, following) };
}

/**
 * Moves `meeting` to `times` inside the caller's transaction, with `series`
 * (locked) when it is an occurrence: THIS occurrence only, THIS_AND_FOLLOWING
 * (splits the series; from the first occurrence it is the whole series) or
 * the whole SERIES. Returns its series after the change and the occurrences moved.
 */
export async function moveMeeting(
  em: EntityManager,
  meeting: Meeting,
  series: MeetingSeries | null,
  scope: MeetingChangeScope,
  times: Times,
): Promise<{ series: MeetingSeries | null; moved: Meeting[] }> {
  if (!series || scope === MeetingChangeScope.THIS) {
    place(meeting, times, series);
    return { series, moved: [meeting] };
  }
  return scope === MeetingChangeScope.SERIES || meeting.seriesIndex === 0
    ? moveSeries(em, series, meeting, times)
    : splitSeries(em, series, meeting, times);
}

/** Warnings for `meeting` moved to the slots `moved`: its chairs and invited organizations' heads already booked. */
export async function conflictsOfMoved(
  ctx: Context,
  em: EntityManager,
  meeting: Meeting,
  moved: Meeting[],
): Promise<Conflict[]> {
  const [chairs, invitations] = await Promise.all([
    em.find(MeetingChair, { meeting }, { populate: ['person'] }),
    em.find(MeetingInvitation, { meeting, organization: { $ne: null } }),
  ]);
  return findConflicts(ctx, em, {
    slots: moved,
    chairs: chairs.map((c) => c.person.unwrap()),
    invitedOrganizationIds: invitations.map((i) => i.organization!.id),
    excludeMeetingIds: moved.map((m) => m.id),
  });
}

/**
 * Moves a scheduled or postponed meeting: THIS occurrence only (it becomes
 * an exception of its series), THIS_AND_FOLLOWING (splits the series), or
 * the whole SERIES (its occurrences that still follow it move; held or
 * changed ones keep their times). CONFLICT when the meeting has started,
 * was held or cancelled. Double bookings come back as warnings.
 */
export async function rescheduleMeeting(
  ctx: Context,
  input: RescheduleMeetingInput,
): Promise<RescheduleResult> {
  const times = { startsAt: input.startsAt, endsAt: input.endsAt };
  assertTimes(times.startsAt, times.endsAt);
  const scope = input.scope ?? MeetingChangeScope.THIS;
  return inTransaction(ctx, async (em) => {
    const { meeting, view } = await loadMeetingToChange(ctx, em, input.meetingId);
    await authorize(ctx, meetingPolicy, 'reschedule', view);
    if (!OPEN_MEETING_STATUSES.includes(meeting.status)) {
      throw conflict(`a ${meeting.status.toLowerCase()} meeting cannot be moved`, { field: 'meetingId' });
    }
    const locked = meeting.series
      ? await em.findOneOrFail(MeetingSeries, meeting.series.id, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    const { series, moved } = await moveMeeting(em, meeting, locked, scope, times);
    await em.flush();
    const warnings = await conflictsOfMoved(ctx, em, meeting, moved);
    await recordMeetingChanged(
      em,
      meeting,
      'RESCHEDULED',
      moved.map((m) => m.id),
    );
    return { meeting, series, warnings };
  });
}
