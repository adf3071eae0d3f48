import { useQuery } from '@apollo/client/react';
import { Group, SimpleGrid, Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageTitle } from '../../components/PageTitle';
import { useCurrentOrganization } from '../../current-organization/use-current-organization';
import { graphql } from '../../gql';
import { useScheduleLive } from '../../live/use-schedule-live';
import { AddConclusionButton } from './AddConclusionButton';
import { InviteToMeetingButton } from './InviteToMeetingButton';
import { CancelMeetingButton, PostponeMeetingButton } from './MeetingChangeButtons';
import { SetAgendaButton } from './SetAgendaButton';
import { CloseMeetingButton } from './CloseMeetingButton';
import { EditMeetingButton } from './EditMeetingButton';
import { MeetingAgenda } from './MeetingAgenda';
import { MeetingFacts } from './MeetingFacts';
import { MeetingInvitations } from './MeetingInvitations';
import { MeetingRecord } from './MeetingRecord';
import { RecordAttendanceButton } from './RecordAttendanceButton';
import { RecordMinutesButton } from './RecordMinutesButton';
import { RescheduleMeetingButton } from './RescheduleMeetingButton';
import { StartMeetingButton } from './StartMeetingButton';

const MeetingPageQuery = graphql(`
  query MeetingPage($id: ID!) {
    meeting(id: $id) {
      id
      title
      status
      minutes {
        id
        status
      }
      host {
        id
      }
      series {
        id
      }
      invitations {
        id
        viewerCanRespond
      }
      viewerCan {
        update
        invite
        setAgenda
        postpone
        cancel
        reschedule
        respond
        start
        recordAttendance
        recordMinutes
        addConclusion
        close
      }
      ...MeetingFacts
      ...MeetingAgenda
      ...MeetingInvitations
      ...MeetingRecord
      ...RecordAttendance
      ...RecordMinutes
      ...SetAgenda
      ...RescheduleMeeting
      ...EditMeeting
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
  const can = meeting.viewerCan;
  const running = meeting.status === 'IN_PROGRESS' || meeting.status === 'HELD';
  const ahead = meeting.status === 'SCHEDULED' || meeting.status === 'POSTPONED';
  const change = { meetingId: meeting.id, recurring: Boolean(meeting.series) };
  // The viewer has an invitation to answer: the invitations (its own first) come before the facts.
  const toAnswer = ahead && meeting.invitations.some((inv) => inv.viewerCanRespond);
  return (
    <>
      <PageTitle
        title={meeting.title}
        actions={
          <Group gap="xs">
            {can.start && meeting.status === 'SCHEDULED' && <StartMeetingButton meetingId={meeting.id} />}
            {can.recordAttendance && running && <RecordAttendanceButton meeting={meeting} />}
            {can.recordMinutes && running && meeting.minutes?.status !== 'APPROVED' && (
              <RecordMinutesButton meeting={meeting} />
            )}
            {can.addConclusion && running && <AddConclusionButton meetingId={meeting.id} />}
            {can.close && meeting.status === 'IN_PROGRESS' && <CloseMeetingButton meetingId={meeting.id} />}
            {can.setAgenda && ahead && <SetAgendaButton meeting={meeting} />}
            {can.invite && ahead && <InviteToMeetingButton {...change} hostId={meeting.host.id} />}
            {can.postpone && meeting.status === 'SCHEDULED' && <PostponeMeetingButton {...change} />}
            {can.cancel && ahead && <CancelMeetingButton {...change} />}
            {can.update && ahead && <EditMeetingButton meeting={meeting} />}
            {can.reschedule && <RescheduleMeetingButton meeting={meeting} />}
          </Group>
        }
      />
      <Stack>
        {toAnswer && <MeetingInvitations meeting={meeting} />}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <MeetingFacts meeting={meeting} />
          <MeetingAgenda meeting={meeting} />
        </SimpleGrid>
        {!toAnswer && <MeetingInvitations meeting={meeting} />}
        <MeetingRecord meeting={meeting} canTurnIntoTask={can.addConclusion} />
      </Stack>
    </>
  );
}
