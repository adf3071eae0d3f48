import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
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
  const [opened, { open, close }] = useDisclosure(false);
  const [closeMeeting, { loading, error, reset }] = useMutation(CloseMeetingMutation, {
    refetchQueries: ['MeetingPage'],
  });
  const confirm = async () => {
    const result = await closeMeeting({ variables: { input: { meetingId } } }).catch(() => null);
    if (result?.data) close();
  };
  return (
    <>
      <Button
        color="gray"
        onClick={() => {
          reset();
          open();
        }}
      >
        {t('meeting.close')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('meeting.close')} centered>
        <Stack>
          {error && <ErrorAlert error={error} />}
          <Text>{t('meeting.closeConfirm')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="gray" loading={loading} onClick={() => void confirm()} data-autofocus>
              {t('meeting.close')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
