import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { EmptyNote } from '../../components/EmptyNote';
import { SectionCard } from '../../components/SectionCard';
import { type FragmentType, getFragmentData, graphql } from '../../gql';

const MeetingAgendaFragment = graphql(`
  fragment MeetingAgenda on Meeting {
    agenda {
      id
      position
      title
      durationMinutes
      presenterOrganization {
        id
        name
      }
      presenterPerson {
        id
        fullName
      }
      task {
        id
        title
      }
    }
  }
`);

/** The agenda, in order, with presenters and durations. */
export function MeetingAgenda(props: { meeting: FragmentType<typeof MeetingAgendaFragment> }) {
  const { t } = useTranslation();
  const { agenda } = getFragmentData(MeetingAgendaFragment, props.meeting);
  return (
    <SectionCard title={t('meeting.agenda')}>
      {agenda.length === 0 ? (
        <EmptyNote>{t('meeting.noAgenda')}</EmptyNote>
      ) : (
        <List type="ordered" spacing="xs">
          {agenda.map((item) => (
            <List.Item key={item.id}>
              <Text size="sm" fw={500}>
                {item.title}
              </Text>
              <Text size="xs" c="dimmed">
                {[
                  item.presenterOrganization?.name,
                  item.presenterPerson?.fullName,
                  t('meeting.minutesLong', { count: item.durationMinutes }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              {item.task && (
                <Anchor component={Link} to={paths.task(item.task.id)} size="xs">
                  {item.task.title}
                </Anchor>
              )}
            </List.Item>
          ))}
        </List>
      )}
    </SectionCard>
  );
}
