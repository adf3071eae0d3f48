import { Anchor, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { EmptyNote } from '../../components/EmptyNote';
import { SectionCard } from '../../components/SectionCard';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormatDateTime } from '../../i18n/format-date';

const UpcomingBriefingFragment = graphql(`
  fragment UpcomingBriefing on Meeting {
    id
    title
    startsAt
    place
    status
    host {
      id
      name
    }
  }
`);

/** Meetings of the next 30 days the organization hosts or is invited to. */
export function UpcomingBriefings(props: { meetings: FragmentType<typeof UpcomingBriefingFragment>[] }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const meetings = props.meetings.map((m) => getFragmentData(UpcomingBriefingFragment, m));
  return (
    <SectionCard
      title={t('dashboard.upcoming')}
      actions={
        <Anchor component={Link} to={paths.schedule} size="sm">
          {t('dashboard.openSchedule')}
        </Anchor>
      }
    >
      {meetings.length === 0 ? (
        <EmptyNote>{t('dashboard.noUpcoming')}</EmptyNote>
      ) : (
        <List spacing="sm" listStyleType="none" aria-label={t('dashboard.upcoming')}>
          {meetings.slice(0, 6).map((m) => (
            <List.Item key={m.id}>
              <Stack gap={0}>
                <Anchor component={Link} to={paths.meeting(m.id)} fw={500}>
                  {m.title}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {[formatDateTime(m.startsAt, 'full'), m.place].filter(Boolean).join(' · ')}
                </Text>
                {m.status !== 'SCHEDULED' && (
                  <Text size="xs" c="orange">
                    {t(`meetingStatus.${m.status}`)}
                  </Text>
                )}
              </Stack>
            </List.Item>
          ))}
        </List>
      )}
    </SectionCard>
  );
}
