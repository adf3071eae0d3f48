import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
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
  const [opened, { open, close }] = useDisclosure(false);
  const [person, setPerson] = useState<Person | null>(null);
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const [delegate, { loading, error, reset }] = useMutation(DelegateInvitationMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!person) return;
    const result = await delegate({
      variables: {
        input: {
          invitationId,
          response: 'DELEGATED',
          delegatePersonId: person.id,
          note: note.trim() || null,
        },
      },
    }).catch(() => null);
    if (result?.data) close();
  };
  return (
    <>
      <Button
        size="xs"
        color="blue"
        variant="light"
        onClick={() => {
          reset();
          setTouched(false);
          open();
        }}
      >
        {t('meeting.delegate')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('meeting.delegateTitle')} centered>
        <form onSubmit={submit} noValidate>
          <Stack>
            {error && <ErrorAlert error={error} />}
            <PersonPicker
              label={t('meeting.delegatePerson')}
              required
              value={person}
              onChange={setPerson}
              error={touched && !person ? t('meeting.delegatePersonRequired') : null}
            />
            <Textarea
              label={t('meeting.responseNote')}
              autosize
              minRows={2}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('meeting.delegate')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
