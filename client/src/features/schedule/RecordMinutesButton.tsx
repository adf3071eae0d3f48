import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { MinutesStatus } from '../../gql/graphql';

const RecordMinutesFragment = graphql(`
  fragment RecordMinutes on Meeting {
    id
    minutes {
      id
      status
      text
    }
  }
`);

const RecordMinutesMutation = graphql(`
  mutation RecordMinutes($input: RecordMinutesInput!) {
    recordMinutes(input: $input) {
      minutes {
        id
        status
        text
        approvedAt
        updatedAt
      }
    }
  }
`);

/** "Ghi biên bản": the minutes' text, kept as a draft or approved (approved minutes are final). */
export function RecordMinutesButton(props: { meeting: FragmentType<typeof RecordMinutesFragment> }) {
  const { t } = useTranslation();
  const meeting = getFragmentData(RecordMinutesFragment, props.meeting);
  const [opened, { open, close }] = useDisclosure(false);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<MinutesStatus>('DRAFT');
  const [touched, setTouched] = useState(false);
  const [record, { loading, error, reset }] = useMutation(RecordMinutesMutation, {
    refetchQueries: ['MeetingPage'],
  });
  const textError = touched && !text.trim() ? t('meeting.minutesRequired') : null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!text.trim()) return;
    const result = await record({
      variables: { input: { meetingId: meeting.id, text: text.trim(), approve: status === 'APPROVED' } },
    }).catch(() => null);
    if (result?.data) close();
  };
  return (
    <>
      <Button
        variant="light"
        onClick={() => {
          reset();
          setText(meeting.minutes?.text ?? '');
          setStatus('DRAFT');
          setTouched(false);
          open();
        }}
      >
        {t('meeting.recordMinutes')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('meeting.recordMinutes')} centered size="lg">
        <form onSubmit={submit} noValidate>
          <Stack>
            {error && <ErrorAlert error={error} />}
            <Textarea
              label={t('meeting.minutesText')}
              required
              autosize
              minRows={5}
              value={text}
              error={textError}
              onChange={(event) => setText(event.currentTarget.value)}
              data-autofocus
            />
            <SegmentedControl
              aria-label={t('meeting.minutesStatus')}
              data={(['DRAFT', 'APPROVED'] as const).map((value) => ({
                value,
                label: t(`minutesStatus.${value}`),
              }))}
              value={status}
              onChange={(value) => setStatus(value as MinutesStatus)}
            />
            {status === 'APPROVED' && (
              <Text size="sm" c="dimmed">
                {t('meeting.approveNote')}
              </Text>
            )}
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
