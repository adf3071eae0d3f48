import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { graphql } from '../../gql';

const CompleteTaskMutation = graphql(`
  mutation CompleteTask($input: CompleteTaskInput!) {
    completeTask(input: $input) {
      task {
        id
        version
        status
        deadlineBucket
        progressPercent
        completedOn
      }
    }
  }
`);

/** "Hoàn thành": marks the task done today, after a confirmation (stale versions get CONFLICT). */
export function CompleteTaskButton({ taskId, version }: { taskId: string; version: number }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [complete, { loading, error, reset }] = useMutation(CompleteTaskMutation, {
    refetchQueries: ['TaskPage'],
  });
  const confirm = async () => {
    const result = await complete({ variables: { input: { taskId, expectedVersion: version } } }).catch(
      () => null,
    );
    if (result?.data) close();
  };
  return (
    <>
      <Button
        color="green"
        variant="light"
        onClick={() => {
          reset();
          open();
        }}
      >
        {t('tasks.complete')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('tasks.complete')} centered>
        <Stack>
          {error && <ErrorAlert error={error} />}
          <Text>{t('tasks.completeConfirm')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="green" loading={loading} onClick={() => void confirm()} data-autofocus>
              {t('tasks.complete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
