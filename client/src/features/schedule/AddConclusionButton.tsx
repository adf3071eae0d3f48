import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { graphql } from '../../gql';

const AddConclusionMutation = graphql(`
  mutation AddConclusion($input: AddConclusionInput!) {
    addConclusion(input: $input) {
      conclusion {
        id
        position
        text
      }
    }
  }
`);

/** "Thêm kết luận": one more conclusion of the meeting. */
export function AddConclusionButton({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [text, setText] = useState('');
  const [touched, setTouched] = useState(false);
  const [add, { loading, error, reset }] = useMutation(AddConclusionMutation, {
    refetchQueries: ['MeetingPage'],
  });
  const textError = touched && !text.trim() ? t('meeting.conclusionRequired') : null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!text.trim()) return;
    const result = await add({ variables: { input: { meetingId, text: text.trim() } } }).catch(() => null);
    if (result?.data) {
      setText('');
      setTouched(false);
      close();
    }
  };
  return (
    <>
      <Button
        variant="light"
        onClick={() => {
          reset();
          open();
        }}
      >
        {t('meeting.addConclusion')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('meeting.addConclusion')} centered>
        <form onSubmit={submit} noValidate>
          <Stack>
            {error && <ErrorAlert error={error} />}
            <Textarea
              label={t('meeting.conclusionText')}
              required
              autosize
              minRows={3}
              value={text}
              error={textError}
              onChange={(event) => setText(event.currentTarget.value)}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
