import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { type TextModalChoice, TextModalButton } from '../../components/forms/TextModalButton';
import { graphql } from '../../gql';
import { asScope, scopeChoice } from './meeting-scope';

const PostponeMeetingMutation = graphql(`
  mutation PostponeMeeting($input: PostponeMeetingInput!) {
    postponeMeeting(input: $input) {
      meeting {
        id
        status
        ...MeetingFacts
      }
    }
  }
`);

const CancelMeetingMutation = graphql(`
  mutation CancelMeeting($input: CancelMeetingInput!) {
    cancelMeeting(input: $input) {
      cancelledCount
      meeting {
        id
        status
        ...MeetingFacts
      }
    }
  }
`);

/** Props of the buttons that change a scheduled meeting. */
export interface MeetingChangeProps {
  meetingId: string;
  /** It belongs to a recurring series: the change may reach the following occurrences or the series. */
  recurring: boolean;
}

/** A change of a meeting that needs a reason: its words come from `meetingActions.<action>…`. */
function ReasonButton(props: {
  action: 'postpone' | 'cancel';
  color: string;
  choice?: TextModalChoice;
  submit: (reason: string, choice: string) => Promise<unknown>;
}) {
  return (
    <TextModalButton
      texts={{
        label: `meetingActions.${props.action}`,
        field: `meetingActions.${props.action}Reason`,
        required: `meetingActions.${props.action}ReasonRequired`,
      }}
      color={props.color}
      choice={props.choice}
      submit={props.submit}
    />
  );
}

/** "Hoãn họp": postpones this occurrence with a reason (a new date comes later, by rescheduling). */
export function PostponeMeetingButton({ meetingId }: MeetingChangeProps) {
  const [postpone] = useMutation(PostponeMeetingMutation, { refetchQueries: ['MeetingPage'] });
  return (
    <ReasonButton
      action="postpone"
      color="orange"
      submit={(reason) => postpone({ variables: { input: { meetingId, reason } } })}
    />
  );
}

/** "Hủy cuộc họp": cancels this occurrence, this and the following ones, or the series, with a reason. */
export function CancelMeetingButton({ meetingId, recurring }: MeetingChangeProps) {
  const { t } = useTranslation();
  const [cancel] = useMutation(CancelMeetingMutation, {
    refetchQueries: ['MeetingPage', 'ScheduleMeetings'],
  });
  return (
    <ReasonButton
      action="cancel"
      color="red"
      choice={scopeChoice(t, recurring)}
      submit={(reason, scope) =>
        cancel({ variables: { input: { meetingId, reason, scope: recurring ? asScope(scope) : null } } })
      }
    />
  );
}
