import { Anchor, Badge, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { EmptyNote } from '../../components/EmptyNote';
import { OrganizationLink } from '../../components/OrganizationLink';
import { SectionCard } from '../../components/SectionCard';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { TurnConclusionIntoTaskButton } from './TurnConclusionIntoTaskButton';

const MeetingRecordFragment = graphql(`
  fragment MeetingRecord on Meeting {
    attendingOrganizations {
      id
      name
    }
    minutes {
      id
      status
      text
    }
    conclusions {
      id
      position
      text
      task {
        id
        title
        deadlineBucket
      }
    }
  }
`);

/** What the meeting left: attendance, minutes, and conclusions with the tasks they became (or a button to make one). */
export function MeetingRecord(props: {
  meeting: FragmentType<typeof MeetingRecordFragment>;
  /** The viewer may turn conclusions into tasks (`viewerCan.addConclusion`). */
  canTurnIntoTask?: boolean;
}) {
  const { t } = useTranslation();
  const m = getFragmentData(MeetingRecordFragment, props.meeting);
  return (
    <SectionCard title={t('meeting.record')}>
      <Stack>
        <div>
          <Text fw={600} size="sm" mb={4}>
            {t('meeting.attending')}
          </Text>
          {m.attendingOrganizations.length === 0 ? (
            <EmptyNote>{t('meeting.noAttendance')}</EmptyNote>
          ) : (
            <Group gap="xs">
              {m.attendingOrganizations.map((o) => (
                <OrganizationLink key={o.id} organization={o} />
              ))}
            </Group>
          )}
        </div>
        <div>
          <Group gap="xs" mb={4}>
            <Text fw={600} size="sm">
              {t('meeting.minutes')}
            </Text>
            {m.minutes && (
              <Badge size="xs" variant="light" tt="none">
                {t(`minutesStatus.${m.minutes.status}`)}
              </Badge>
            )}
          </Group>
          {m.minutes ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {m.minutes.text}
            </Text>
          ) : (
            <EmptyNote>{t('meeting.noMinutes')}</EmptyNote>
          )}
        </div>
        <div>
          <Text fw={600} size="sm" mb={4}>
            {t('meeting.conclusions')}
          </Text>
          {m.conclusions.length === 0 ? (
            <EmptyNote>{t('meeting.noConclusions')}</EmptyNote>
          ) : (
            <List type="ordered" spacing="sm">
              {m.conclusions.map((c) => (
                <List.Item key={c.id}>
                  <Text size="sm">{c.text}</Text>
                  {!c.task && props.canTurnIntoTask && (
                    <TurnConclusionIntoTaskButton conclusionId={c.id} text={c.text} />
                  )}
                  {c.task && (
                    <Group gap="xs">
                      <Anchor component={Link} to={paths.task(c.task.id)} size="sm">
                        {t('meeting.conclusionTask')}
                      </Anchor>
                      <DeadlineBadge bucket={c.task.deadlineBucket} />
                    </Group>
                  )}
                </List.Item>
              ))}
            </List>
          )}
        </div>
      </Stack>
    </SectionCard>
  );
}
