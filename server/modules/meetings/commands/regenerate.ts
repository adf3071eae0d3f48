import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { conflict } from '../../../core/errors.js';
import { Meeting } from '../meeting.entity.js';
import { MeetingStatus } from '../meeting.enums.js';
import { MeetingChair, MeetingInvitation } from '../participation.entity.js';
import { MeetingAgendaItem } from '../record.entity.js';
import { expandRecurrence } from '../recurrence.js';
import type { MeetingSeries } from '../series.entity.js';
import { addParticipants, createOccurrence, participantsOf } from './materialize.js';

/** Every occurrence of a series, in order, locked for the change. */
export function seriesRows(em: EntityManager, seriesId: string): Promise<Meeting[]> {
  return em.find(
    Meeting,
    { series: seriesId },
    { orderBy: { seriesIndex: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE },
  );
}

/** True when an occurrence still follows its series: not changed on its own, scheduled, still ahead. */
export const followsSeries = (meeting: Meeting, now: Date): boolean =>
  !meeting.isException && meeting.status === MeetingStatus.SCHEDULED && meeting.startsAt > now;

/** The details an occurrence takes from its series, and which an edit may change on it alone. */
export const SERIES_DETAILS = ['title', 'description', 'place', 'onlineUrl'] as const;

/**
 * Recomputes `isException`: postponed, cancelled, not at the time its series
 * gives it, or with details (title, description, place, link) of its own.
 */
export function markException(meeting: Meeting, series: MeetingSeries): void {
  const slot = meeting.originalStart?.getTime();
  meeting.isException =
    meeting.status === MeetingStatus.CANCELLED ||
    meeting.status === MeetingStatus.POSTPONED ||
    meeting.startsAt.getTime() !== slot ||
    meeting.endsAt.getTime() - meeting.startsAt.getTime() !== series.durationMinutes * 60_000 ||
    SERIES_DETAILS.some((field) => meeting[field] !== series[field]);
}

/** Deletes an occurrence that never took place, with its chairs, invitations and agenda. */
async function removeOccurrence(em: EntityManager, meeting: Meeting): Promise<void> {
  for (const entity of [MeetingChair, MeetingInvitation, MeetingAgendaItem] as const) {
    for (const row of await em.find(entity as typeof MeetingChair, { meeting })) em.remove(row);
  }
  em.remove(meeting);
}

/**
 * Brings the occurrences `rows` of `series` (in index order) in line with its
 * rule, after its start, duration or end changed. Occurrence i gets the
 * rule's i-th start as `originalStart` (RECURRENCE-ID). Those that still
 * follow the series move there; the others (held, started, moved,
 * postponed, cancelled, past) keep their times and become exceptions if
 * they differ. Missing occurrences are created like the last one; surplus
 * ones are deleted, or CONFLICT when one was held or changed.
 * Returns the occurrences whose time changed or which were created.
 */
export async function regenerate(
  em: EntityManager,
  series: MeetingSeries,
  rows: Meeting[],
  now = new Date(),
): Promise<Meeting[]> {
  const starts = expandRecurrence(series);
  const moved: Meeting[] = [];
  for (const row of rows) {
    const index = row.seriesIndex as number;
    if (index >= starts.length) {
      if (!followsSeries(row, now))
        throw conflict('the change would drop an occurrence that was held or changed');
      await removeOccurrence(em, row);
      continue;
    }
    const follows = followsSeries(row, now);
    const before = `${row.originalStart?.getTime()}/${row.startsAt.getTime()}/${row.endsAt.getTime()}`;
    row.originalStart = starts[index];
    if (follows) {
      row.startsAt = starts[index];
      row.endsAt = new Date(starts[index].getTime() + series.durationMinutes * 60_000);
    }
    markException(row, series);
    if (before !== `${row.originalStart.getTime()}/${row.startsAt.getTime()}/${row.endsAt.getTime()}`) {
      row.sequence = Math.max(row.sequence + 1, series.sequence);
      if (follows) moved.push(row);
    }
  }
  const last = rows.at(-1);
  if (last && starts.length > rows.length) {
    const participants = await participantsOf(em, last);
    for (let index = rows.length; index < starts.length; index++) {
      const created = createOccurrence(em, series, index, starts[index]);
      addParticipants(em, created, participants);
      moved.push(created);
    }
  }
  return moved;
}
