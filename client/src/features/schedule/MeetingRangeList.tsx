import { Anchor, Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { EmptyNote } from '../../components/EmptyNote';
import { SectionCard } from '../../components/SectionCard';
import type { MeetingStatus } from '../../gql/graphql';
import { useFormatDateTime } from '../../i18n/format-date';

/** Props of `MeetingRangeList`. */
export interface MeetingRangeListProps {
  meetings: { id: string; title: string; startsAt: string; status: MeetingStatus; place?: string | null }[];
}

/** The meetings of the range the calendar shows, as a plain list (for screen readers and phones). */
export function MeetingRangeList({ meetings }: MeetingRangeListProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <SectionCard title={t('schedule.listTitle')}>
      {meetings.length === 0 ? (
        <EmptyNote>{t('schedule.empty')}</EmptyNote>
      ) : (
        <List spacing="xs" listStyleType="none" aria-label={t('schedule.listTitle')}>
          {meetings.map((m) => (
            <List.Item key={m.id}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={500} miw={150} data-testid="meeting-start">
                  {formatDateTime(m.startsAt, 'full')}
                </Text>
                <Anchor component={Link} to={paths.meeting(m.id)} size="sm">
                  {m.title}
                </Anchor>
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
