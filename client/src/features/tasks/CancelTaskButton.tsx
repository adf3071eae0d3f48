import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { graphql } from '../../gql';

const CancelTaskMutation = graphql(`
  mutation CancelTask($input: CancelTaskInput!) {
    cancelTask(input: $input) {
      task {
        id
        version
        status
        statusReason
        deadlineBucket
      }
    }
  }
`);

/** "Hủy nhiệm vụ": cancels the task with a reason (stale versions get CONFLICT). */
export function CancelTaskButton({ taskId, version }: { taskId: string; version: number }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [cancel, { loading, error, reset }] = useMutation(CancelTaskMutation, {
    refetchQueries: ['TaskPage'],
  });
  const reasonError = touched && !reason.trim() ? t('tasks.cancelReasonRequired') : null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!reason.trim()) return;
    const result = await cancel({
      variables: { input: { taskId, expectedVersion: version, reason: reason.trim() } },
    }).catch(() => null);
    if (result?.data) close();
  };
  return (
    <>
      <Button
        color="red"
        variant="light"
        onClick={() => {
          reset();
          setTouched(false);
          open();
        }}
      >
        {t('tasks.cancelTask')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('tasks.cancelTask')} centered>
        <form onSubmit={submit} noValidate>
          <Stack>
            {error && <ErrorAlert error={error} />}
            <Textarea
              label={t('tasks.cancelReason')}
              required
              autosize
              minRows={3}
              value={reason}
              error={reasonError}
              onChange={(event) => setReason(event.currentTarget.value)}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red" loading={loading}>
                {t('tasks.cancelTask')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
