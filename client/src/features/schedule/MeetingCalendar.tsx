import FullCalendar from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import enLocale from '@fullcalendar/react/locales/en-gb';
import viLocale from '@fullcalendar/react/locales/vi';
import classicThemePlugin from '@fullcalendar/react/themes/classic';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { formatLocalDate, formatMonth } from '../../i18n/format-date';

const PLUGINS = [dayGridPlugin, timeGridPlugin, classicThemePlugin];
const LOCALES = [viLocale, enLocale];
const TOOLBAR = { start: 'prev,today,next', center: 'title', end: 'dayGridMonth,timeGridWeek' };

/** A meeting as the calendar shows it: wall-clock times of Asia/Ho_Chi_Minh. */
export interface CalendarMeeting {
  id: string;
  title: string;
  /** `YYYY-MM-DDTHH:mm:ss` in Vietnam time. */
  start: string;
  end: string;
  cancelled: boolean;
}

/** A task's deadline as the calendar shows it: an all-day mark on its due day. */
export interface CalendarDeadline {
  id: string;
  title: string;
  /** `YYYY-MM-DD`. */
  dueOn: string;
  /** Past its deadline and not done: shown in red, the only red on the calendar. */
  late: boolean;
}

/** Colours of calendar items: calm blue for meetings, amber for deadlines, red only for late. */
const COLORS = {
  meeting: '#1d5fa8',
  cancelled: '#868e96',
  deadline: '#b35c00',
  late: '#c92a2a',
} as const;

/** Props of `MeetingCalendar`. */
export interface MeetingCalendarProps {
  meetings: CalendarMeeting[];
  /** Task deadlines in the range shown. */
  deadlines?: CalendarDeadline[];
  view: 'month' | 'week';
  initialDate: string;
  /** The range shown changed (wall-clock dates of Vietnam). */
  onRangeChange: (range: { start: Date; end: Date; view: 'month' | 'week'; date: string }) => void;
}

/** A week the administrative way: "30/11/2026 – 06/12/2026" (its end is exclusive or the last slot). */
function formatWeek(start: Date, end: Date, language: string): string {
  const last = new Date(Math.max(start.getTime(), end.getTime() - 1)).toISOString().slice(0, 10);
  return `${formatLocalDate(start.toISOString().slice(0, 10), language)} – ${formatLocalDate(last, language)}`;
}

/**
 * Month and week calendar (FullCalendar). It runs in "UTC" and is fed Vietnam wall-clock
 * times, so meetings show at their time in Asia/Ho_Chi_Minh whatever the device's zone.
 * Each meeting is a link to its page.
 */
export function MeetingCalendar({
  meetings,
  deadlines = [],
  view,
  initialDate,
  onRangeChange,
}: MeetingCalendarProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const events = useMemo(
    () => [
      ...meetings.map((m) => ({
        id: m.id,
        title: m.title,
        start: m.start,
        end: m.end,
        url: paths.meeting(m.id),
        color: m.cancelled ? COLORS.cancelled : COLORS.meeting,
        textColor: '#ffffff',
      })),
      ...deadlines.map((d) => ({
        id: `deadline:${d.id}`,
        title: t('schedule.deadline', { title: d.title }),
        start: d.dueOn,
        allDay: true,
        url: paths.task(d.id),
        color: d.late ? COLORS.late : COLORS.deadline,
        textColor: '#ffffff',
      })),
    ],
    [meetings, deadlines, t],
  );
  return (
    <FullCalendar
      plugins={PLUGINS}
      locales={LOCALES}
      locale={i18n.language === 'en' ? 'en-gb' : 'vi'}
      timeZone="UTC"
      initialView={view === 'week' ? 'timeGridWeek' : 'dayGridMonth'}
      initialDate={initialDate}
      headerToolbar={TOOLBAR}
      todayText={t('schedule.today')}
      monthText={t('schedule.month')}
      height="auto"
      slotMinTime="06:00:00"
      slotMaxTime="20:00:00"
      allDaySlot
      allDayText={t('schedule.deadlines')}
      views={{
        dayGridMonth: {
          titleFormat: (info: { date: { marker: Date } }) =>
            formatMonth(info.date.marker.toISOString().slice(0, 10), i18n.language),
        },
        timeGridWeek: {
          titleFormat: (info: { start: { marker: Date }; end?: { marker: Date } | null }) =>
            formatWeek(info.start.marker, info.end?.marker ?? info.start.marker, i18n.language),
        },
      }}
      eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
      events={events}
      eventClick={(info) => {
        info.jsEvent.preventDefault();
        void navigate(info.event.url);
      }}
      datesSet={(info) =>
        onRangeChange({
          start: info.start,
          end: info.end,
          view: info.view.type === 'timeGridWeek' ? 'week' : 'month',
          date: info.view.currentStart.toISOString().slice(0, 10),
        })
      }
    />
  );
}
