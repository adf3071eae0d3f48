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

/** Props of `MeetingCalendar`. */
export interface MeetingCalendarProps {
  meetings: CalendarMeeting[];
  view: 'month' | 'week';
  initialDate: string;
  /** The range shown changed (wall-clock dates of Vietnam). */
  onRangeChange: (range: { start: Date; end: Date; view: 'month' | 'week'; date: string }) => void;
}

/**
 * Month and week calendar (FullCalendar). It runs in "UTC" and is fed Vietnam wall-clock
 * times, so meetings show at their time in Asia/Ho_Chi_Minh whatever the device's zone.
 * Each meeting is a link to its page.
 */
export function MeetingCalendar({ meetings, view, initialDate, onRangeChange }: MeetingCalendarProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const events = useMemo(
    () =>
      meetings.map((m) => ({
        id: m.id,
        title: m.title,
        start: m.start,
        end: m.end,
        url: paths.meeting(m.id),
        color: m.cancelled ? 'gray' : undefined,
      })),
    [meetings],
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
      allDaySlot={false}
      eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
      events={events}
      eventClick={(info) => {
        info.jsEvent.preventDefault();
        void navigate(paths.meeting(info.event.id));
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
