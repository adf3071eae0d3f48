import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { graphql } from '../../gql';

const UrgeTaskMutation = graphql(`
  mutation UrgeTask($input: UrgeTaskInput!) {
    urgeTask(input: $input) {
      followUp {
        id
      }
    }
  }
`);

/** "Đôn đốc": sends a follow-up message to the organizations assigned the task. */
export function UrgeTaskButton({ taskId }: { taskId: string }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [message, setMessage] = useState('');
  const [touched, setTouched] = useState(false);
  const [urge, { loading, error, reset }] = useMutation(UrgeTaskMutation, { refetchQueries: ['TaskPage'] });
  const messageError = touched && !message.trim() ? t('tasks.urgeMessageRequired') : null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!message.trim()) return;
    const result = await urge({ variables: { input: { taskId, message: message.trim() } } }).catch(
      () => null,
    );
    if (result?.data) {
      setMessage('');
      setTouched(false);
      close();
    }
  };
  return (
    <>
      <Button
        color="orange"
        variant="light"
        onClick={() => {
          reset();
          open();
        }}
      >
        {t('tasks.urge')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('tasks.urge')} centered>
        <form onSubmit={submit} noValidate>
          <Stack>
            {error && <ErrorAlert error={error} />}
            <Textarea
              label={t('tasks.urgeMessage')}
              required
              autosize
              minRows={3}
              value={message}
              error={messageError}
              onChange={(event) => setMessage(event.currentTarget.value)}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="orange" loading={loading}>
                {t('tasks.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
