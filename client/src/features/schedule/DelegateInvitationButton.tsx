import { useMutation } from '@apollo/client/react';
import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { PersonPicker } from '../../components/PersonPicker';
import { graphql } from '../../gql';

const DelegateInvitationMutation = graphql(`
  mutation DelegateInvitation($input: RespondToInvitationInput!) {
    respondToInvitation(input: $input) {
      invitation {
        id
        response
        respondedAt
        responseNote
        delegate {
          id
          fullName
        }
      }
    }
  }
`);

type Person = { id: string; fullName: string };

/** "Cử người dự thay": answers an invitation by naming the person who goes instead. */
export function DelegateInvitationButton({ invitationId }: { invitationId: string }) {
  const { t } = useTranslation();
  const [delegate] = useMutation(DelegateInvitationMutation);
  const modal = useModalForm({
    initialValues: { person: null as Person | null, note: '' },
    validate: { person: required('meeting.delegatePersonRequired') },
    serverFields: { delegatePersonId: 'person' },
    // `person` is set: the check above ran first.
    submit: ({ person, note }) =>
      delegate({
        variables: {
          input: {
            invitationId,
            response: 'DELEGATED',
            delegatePersonId: person?.id ?? '',
            note: note.trim() || null,
          },
        },
      }),
  });
  return (
    <ModalForm
      label={t('meeting.delegate')}
      button={{ size: 'xs', color: 'blue', variant: 'light' }}
      modal={modal}
      title={t('meeting.delegateTitle')}
      submitLabel={t('meeting.delegate')}
    >
      <PersonPicker label={t('meeting.delegatePerson')} required {...modal.field('person')} />
      <Textarea label={t('meeting.responseNote')} minRows={2} {...modal.field('note')} />
    </ModalForm>
  );
}
