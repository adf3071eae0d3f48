import ical, { ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { Meeting } from '../meeting.entity.js';
import { MeetingKind, MeetingStatus } from '../meeting.enums.js';
import { rruleValue } from '../recurrence.js';
import type { MeetingSeries } from '../series.entity.js';
import { icsLocal, MEETING_TIME_ZONE, zoned } from '../zoned.js';
import type { FeedContent } from './feed.repository.js';

/** UID of a series' events: stable across every change, split series get their own. */
export const seriesUid = (id: string): string => `series-${id}@phoihop.vn`;
/** UID of a one-off meeting's event. */
export const meetingUid = (id: string): string => `meeting-${id}@phoihop.vn`;

const KIND_LABEL: Record<MeetingKind, string> = {
  PERIODIC_BRIEFING: 'Giao ban định kỳ',
  THEMATIC_CONFERENCE: 'Hội nghị chuyên đề',
  REVIEW_CONFERENCE: 'Hội nghị sơ kết, tổng kết',
  TRAINING: 'Tập huấn',
  WORKING_SESSION: 'Buổi làm việc',
  DIALOGUE_WITH_PEOPLE: 'Đối thoại với Nhân dân',
  CITIZEN_RECEPTION: 'Tiếp công dân',
};

type Shown = Pick<Meeting, 'kind' | 'title' | 'description' | 'place' | 'onlineUrl'> & {
  organization: { id: string };
};

/** The text fields of an event. */
function details(item: Shown, content: FeedContent, statusNote: string | null) {
  const host = content.hosts.get(item.organization.id)?.name;
  const lines = [
    KIND_LABEL[item.kind],
    host ? `Đơn vị chủ trì: ${host}` : null,
    statusNote,
    item.description,
  ];
  return {
    summary: item.title,
    description: lines.filter(Boolean).join('\n'),
    location: item.place ?? undefined,
    url: item.onlineUrl ?? undefined,
  };
}

/** A meeting's own event data: its times, status and sequence. */
function occurrence(meeting: Meeting, sequence: number, content: FeedContent) {
  const off = meeting.status === MeetingStatus.CANCELLED || meeting.status === MeetingStatus.POSTPONED;
  const note = off
    ? `${meeting.status === MeetingStatus.CANCELLED ? 'Đã hủy' : 'Hoãn'}: ${meeting.statusReason ?? ''}`
    : null;
  return {
    ...details(meeting, content, note),
    start: zoned(meeting.startsAt),
    end: zoned(meeting.endsAt),
    timezone: MEETING_TIME_ZONE,
    sequence: Math.max(meeting.sequence, sequence),
    status: off ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    stamp: zoned(meeting.updatedAt, 'UTC'),
  };
}

/** The master event of a series (RRULE, EXDATE for occurrences the feed leaves out) and its overrides. */
function addSeries(
  calendar: ICalCalendar,
  series: MeetingSeries,
  shown: Meeting[],
  content: FeedContent,
): void {
  const shownIds = new Set(shown.map((m) => m.id));
  const left = (content.occurrences.get(series.id) ?? []).filter((o) => !shownIds.has(o.id));
  const exdate = left.length
    ? `\nEXDATE;TZID=${series.timeZone}:${left.map((o) => icsLocal(o.originalStart, series.timeZone)).join(',')}`
    : '';
  const allOff = shown.every((m) => m.status === MeetingStatus.CANCELLED);
  calendar.createEvent({
    id: seriesUid(series.id),
    ...details(series, content, null),
    start: zoned(series.startsAt, series.timeZone),
    end: zoned(new Date(series.startsAt.getTime() + series.durationMinutes * 60_000), series.timeZone),
    timezone: series.timeZone,
    repeating: `RRULE:${rruleValue(series)}${exdate}`,
    sequence: series.sequence,
    status: allOff ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    stamp: zoned(series.updatedAt, 'UTC'),
  });
  for (const meeting of shown.filter((m) => m.isException)) {
    calendar.createEvent({
      id: seriesUid(series.id),
      ...occurrence(meeting, series.sequence, content),
      recurrenceId: zoned(meeting.originalStart as Date, series.timeZone),
    });
  }
}

/**
 * The feed as RFC 5545 text: a VTIMEZONE for Asia/Ho_Chi_Minh; one event per
 * one-off meeting; per series one event with its RRULE (EXDATE for the
 * occurrences the feed does not show) plus a RECURRENCE-ID override for each
 * moved, postponed or cancelled occurrence (STATUS:CANCELLED).
 */
export function buildCalendar(name: string, content: FeedContent): string {
  const calendar = ical({
    name,
    prodId: { company: 'phoihop.vn', product: 'Phoi hop', language: 'VI' },
    timezone: { name: null, generator: (tz) => String(tzlib_get_ical_block(tz)[0]) },
  });
  const bySeries = new Map<string, Meeting[]>();
  for (const meeting of content.meetings) {
    if (!meeting.series) {
      calendar.createEvent({ id: meetingUid(meeting.id), ...occurrence(meeting, 0, content) });
      continue;
    }
    bySeries.set(meeting.series.id, [...(bySeries.get(meeting.series.id) ?? []), meeting]);
  }
  for (const [seriesId, shown] of bySeries) {
    const series = content.series.get(seriesId);
    if (series) addSeries(calendar, series, shown, content);
  }
  return calendar.toString();
}
