import { useQuery } from '@apollo/client/react';
import { Card, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { graphql } from '../../gql';
import { localDateInVietnam } from '../../i18n/format-date';
import { useScheduleLive } from '../../live/use-schedule-live';
import { MeetingCalendar } from './MeetingCalendar';
import { MeetingRangeList } from './MeetingRangeList';

const ScheduleMeetingsQuery = graphql(`
  query ScheduleMeetings($filter: MeetingsFilter!) {
    meetings(filter: $filter, first: 100) {
      edges { node { id title startsAt startsAtLocal endsAtLocal status place } }
    }
  }
`);

const ScheduleDeadlinesQuery = graphql(`
  query ScheduleDeadlines($organizationId: ID!, $from: LocalDate!, $to: LocalDate!) {
    organization(id: $organizationId) {
      id
      tasks(filter: { dueAfter: $from, dueBefore: $to, status: [NOT_STARTED, IN_PROGRESS, BLOCKED] }, first: 100) {
        edges { node { id title dueOn deadlineBucket } }
      }
    }
  }
`);

const DAY = 86_400_000;

/** The organization's meetings (hosted or invited; recurring ones as occurrences), live, and its open tasks' deadlines. */
export function OrganizationSchedule({ organizationId }: { organizationId: string }) {
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'week' ? 'week' : 'month';
  const initialDate = /^\d{4}-\d{2}-\d{2}$/.test(params.get('date') ?? '')
    ? (params.get('date') as string)
    : localDateInVietnam();
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  // The days shown, as Vietnam dates (`YYYY-MM-DD`, both included).
  const [shown, setShown] = useState<{ first: string; last: string } | null>(null);
  const { data, error, refetch } = useQuery(ScheduleMeetingsQuery, {
    variables: { filter: { organizationId, from: range?.from ?? '', to: range?.to ?? '' } },
    skip: !range,
  });
  const deadlinesResult = useQuery(ScheduleDeadlinesQuery, {
    variables: { organizationId, from: range?.from.slice(0, 10) ?? '', to: range?.to.slice(0, 10) ?? '' },
    skip: !range,
  });
  useScheduleLive(organizationId, () => void refetch());
  const deadlines = useMemo(
    () =>
      (deadlinesResult.data?.organization.tasks.edges ?? []).map(({ node }) => ({
        id: node.id,
        title: node.title,
        dueOn: node.dueOn,
        late: node.deadlineBucket === 'OVERDUE',
      })),
    [deadlinesResult.data],
  );
  const meetings = useMemo(() => (data?.meetings.edges ?? []).map(({ node }) => node), [data]);
  // The query's day of margin is for the time zone: the list keeps to the range shown.
  const listed = useMemo(
    () =>
      meetings.filter(
        (m) =>
          !shown || (m.startsAtLocal.slice(0, 10) <= shown.last && m.endsAtLocal.slice(0, 10) >= shown.first),
      ),
    [meetings, shown],
  );
  const calendarMeetings = useMemo(
    () =>
      meetings.map((m) => ({
        id: m.id,
        title: m.title,
        start: m.startsAtLocal.slice(0, 19),
        end: m.endsAtLocal.slice(0, 19),
        cancelled: m.status === 'CANCELLED',
      })),
    [meetings],
  );
  return (
    <Stack>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <Card withBorder padding="sm" className="schedule-calendar">
        <MeetingCalendar
          view={view}
          initialDate={initialDate}
          meetings={calendarMeetings}
          deadlines={deadlines}
          onRangeChange={(next) => {
            // The calendar's dates are Vietnam wall-clock times; a day of margin covers the offset.
            const from = new Date(next.start.getTime() - DAY).toISOString();
            const to = new Date(next.end.getTime() + DAY).toISOString();
            setRange((previous) => (previous?.from === from && previous.to === to ? previous : { from, to }));
            const first = next.start.toISOString().slice(0, 10);
            const last = new Date(next.end.getTime() - 1).toISOString().slice(0, 10);
            setShown((previous) =>
              previous?.first === first && previous.last === last ? previous : { first, last },
            );
            if (params.get('view') === next.view && params.get('date') === next.date) return;
            setParams(
              (previous) => {
                const updated = new URLSearchParams(previous);
                updated.set('view', next.view);
                updated.set('date', next.date);
                return updated;
              },
              { replace: true },
            );
          }}
        />
      </Card>
      {!data && !error ? <LoadingState /> : <MeetingRangeList meetings={listed} />}
    </Stack>
  );
}
