import { useQuery } from '@apollo/client/react';
import { SimpleGrid, Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageTitle } from '../../components/PageTitle';
import { useCurrentOrganization } from '../../current-organization/use-current-organization';
import { graphql } from '../../gql';
import { useScheduleLive } from '../../live/use-schedule-live';
import { MeetingAgenda } from './MeetingAgenda';
import { MeetingFacts } from './MeetingFacts';
import { MeetingInvitations } from './MeetingInvitations';
import { MeetingRecord } from './MeetingRecord';
import { RescheduleMeetingButton } from './RescheduleMeetingButton';

const MeetingPageQuery = graphql(`
  query MeetingPage($id: ID!) {
    meeting(id: $id) {
      id
      title
      startsAtLocal
      endsAtLocal
      series {
        id
      }
      viewerCan {
        reschedule
        respond
      }
      ...MeetingFacts
      ...MeetingAgenda
      ...MeetingInvitations
      ...MeetingRecord
    }
  }
`);

/** A meeting: facts, agenda, invitations and answers, attendance, minutes and conclusions. */
export default function MeetingPage() {
  const { meetingId = '' } = useParams();
  const { current } = useCurrentOrganization();
  const { data, error, refetch } = useQuery(MeetingPageQuery, { variables: { id: meetingId } });
  useScheduleLive(current?.id, () => void refetch());
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  const { meeting } = data;
  return (
    <>
      <PageTitle
        title={meeting.title}
        actions={
          meeting.viewerCan.reschedule ? (
            <RescheduleMeetingButton
              meetingId={meeting.id}
              recurring={Boolean(meeting.series)}
              startsAtLocal={meeting.startsAtLocal}
              endsAtLocal={meeting.endsAtLocal}
            />
          ) : undefined
        }
      />
      <Stack>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <MeetingFacts meeting={meeting} />
          <MeetingAgenda meeting={meeting} />
        </SimpleGrid>
        <MeetingInvitations meeting={meeting} />
        <MeetingRecord meeting={meeting} />
      </Stack>
    </>
  );
}
