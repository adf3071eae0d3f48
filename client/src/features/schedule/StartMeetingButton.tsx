import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/forms/ConfirmButton';
import { graphql } from '../../gql';

const StartMeetingMutation = graphql(`
  mutation StartMeeting($input: MeetingIdInput!) {
    startMeeting(input: $input) {
      meeting {
        id
        status
      }
    }
  }
`);

/** "Bắt đầu họp": opens a scheduled meeting, after a confirmation. */
export function StartMeetingButton({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const [start] = useMutation(StartMeetingMutation, { refetchQueries: ['MeetingPage'] });
  return (
    <ConfirmButton
      label={t('meeting.start')}
      question={t('meeting.startConfirm')}
      color="green"
      onConfirm={() => start({ variables: { input: { meetingId } } })}
    />
  );
}
