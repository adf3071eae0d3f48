import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/forms/ConfirmButton';
import { graphql } from '../../gql';

const CloseMeetingMutation = graphql(`
  mutation CloseMeeting($input: CloseMeetingInput!) {
    closeMeeting(input: $input) {
      meeting {
        id
        status
      }
    }
  }
`);

/** "Kết thúc cuộc họp": closes a meeting in progress (it becomes held), after a confirmation. */
export function CloseMeetingButton({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const [closeMeeting] = useMutation(CloseMeetingMutation, { refetchQueries: ['MeetingPage'] });
  return (
    <ConfirmButton
      label={t('meeting.close')}
      question={t('meeting.closeConfirm')}
      color="gray"
      onConfirm={() => closeMeeting({ variables: { input: { meetingId } } })}
    />
  );
}
