import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { graphql } from '../../gql';

const StartMeetingMutation = graphql(`
  mutation StartMeeting($input: MeetingIdInput!) {
    startMeeting(input: $input) {
      meeting {
        id
        status
      }
    }
  }
`);

/** "Bắt đầu họp": opens a scheduled meeting, after a confirmation. */
export function StartMeetingButton({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [start, { loading, error, reset }] = useMutation(StartMeetingMutation, {
    refetchQueries: ['MeetingPage'],
  });
  const confirm = async () => {
    const result = await start({ variables: { input: { meetingId } } }).catch(() => null);
    if (result?.data) close();
  };
  return (
    <>
      <Button
        color="green"
        onClick={() => {
          reset();
          open();
        }}
      >
        {t('meeting.start')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('meeting.start')} centered>
        <Stack>
          {error && <ErrorAlert error={error} />}
          <Text>{t('meeting.startConfirm')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="green" loading={loading} onClick={() => void confirm()} data-autofocus>
              {t('meeting.start')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
