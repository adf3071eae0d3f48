import { Anchor, Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { EmptyNote } from '../../components/EmptyNote';
import { SectionCard } from '../../components/SectionCard';
import type { MeetingStatus } from '../../gql/graphql';
import { useFormatDateTime } from '../../i18n/format-date';
import { searchAndSortMeetings } from './meeting-list-order';
import { MeetingListFilters, useMeetingListParams } from './MeetingListFilters';

/** Props of `MeetingRangeList`. */
export interface MeetingRangeListProps {
  meetings: { id: string; title: string; startsAt: string; status: MeetingStatus; place?: string | null }[];
}

/**
 * The meetings of the range the calendar shows, as a plain list (for screen readers and phones),
 * searched by title or place and sorted by start time or title as the URL says.
 */
export function MeetingRangeList({ meetings }: MeetingRangeListProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { search, sort } = useMeetingListParams();
  const shown = searchAndSortMeetings(meetings, search, sort);
  return (
    <SectionCard title={t('schedule.listTitle')}>
      <MeetingListFilters />
      {shown.length === 0 ? (
        <EmptyNote>{t(meetings.length === 0 ? 'schedule.empty' : 'schedule.noMatch')}</EmptyNote>
      ) : (
        <List spacing="xs" listStyleType="none" aria-label={t('schedule.listTitle')} mt="sm">
          {shown.map((m) => (
            <List.Item key={m.id}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={500} miw={150} data-testid="meeting-start">
                  {formatDateTime(m.startsAt, 'full')}
                </Text>
                <Anchor component={Link} to={paths.meeting(m.id)} size="sm">
                  {m.title}
                </Anchor>
                {m.place && (
                  <Text size="xs" c="dimmed">
                    {m.place}
                  </Text>
                )}
                {m.status !== 'SCHEDULED' && (
                  <Badge size="xs" variant="light" color="orange" tt="none">
                    {t(`meetingStatus.${m.status}`)}
                  </Badge>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </SectionCard>
  );
}
