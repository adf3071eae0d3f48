import { useMutation } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { useModalForm } from '../../components/forms/use-modal-form';
import { graphql } from '../../gql';
import { InviteeFields, type InviteeValues, inviteeInput } from './InviteeFields';
import type { MeetingChangeProps } from './MeetingChangeButtons';
import { asScope, scopeChoice } from './meeting-scope';

const InviteToMeetingMutation = graphql(`
  mutation InviteToMeeting($input: InviteToMeetingInput!) {
    inviteToMeeting(input: $input) {
      meeting {
        id
        ...MeetingInvitations
        ...RecordAttendance
      }
    }
  }
`);

/** "Mời thêm": invites organizations and people to this occurrence, the following ones or the series. */
export function InviteToMeetingButton({
  meetingId,
  recurring,
  hostId,
}: MeetingChangeProps & { hostId: string }) {
  const { t } = useTranslation();
  const [invite] = useMutation(InviteToMeetingMutation);
  const scope = scopeChoice(t, recurring);
  const modal = useModalForm({
    initialValues: { organizations: [], people: [], scope: 'THIS' } as InviteeValues & { scope: string },
    validate: {
      people: (people, { organizations }) =>
        people.length + organizations.length === 0 ? 'meetingActions.inviteRequired' : null,
    },
    submit: (values) =>
      invite({
        variables: {
          input: { meetingId, ...inviteeInput(values), scope: recurring ? asScope(values.scope) : null },
        },
      }),
  });
  return (
    <ModalForm
      label={t('meetingActions.invite')}
      button={{ variant: 'light' }}
      modal={modal}
      submitLabel={t('meetingActions.inviteSubmit')}
      size="lg"
    >
      <InviteeFields
        organizations={modal.field('organizations')}
        people={modal.field('people')}
        excludeId={hostId}
      />
      {scope && (
        <Select label={scope.label} data={scope.data} allowDeselect={false} {...modal.field('scope')} />
      )}
    </ModalForm>
  );
}
