import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { graphql } from '../../gql';
import type { MeetingChangeScope } from '../../gql/graphql';

const RescheduleMeetingMutation = graphql(`
  mutation RescheduleMeeting($input: RescheduleMeetingInput!) {
    rescheduleMeeting(input: $input) {
      meeting {
        id
        startsAt
        endsAt
        startsAtLocal
        endsAtLocal
        isException
        sequence
      }
    }
  }
`);

/** Props of `RescheduleMeetingButton`. */
export interface RescheduleMeetingButtonProps {
  meetingId: string;
  recurring: boolean;
  /** Current start and end, Vietnam time with offset (`2026-12-07T08:00:00+07:00`). */
  startsAtLocal: string;
  endsAtLocal: string;
}

const SCOPES: MeetingChangeScope[] = ['THIS', 'THIS_AND_FOLLOWING', 'SERIES'];
/** A Vietnam wall-clock date and time as a UTC instant. */
const instant = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`).toISOString();

/** "Dời lịch": new date and times (Vietnam time) for this occurrence, or this and the following ones. */
export function RescheduleMeetingButton(props: RescheduleMeetingButtonProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [date, setDate] = useState(props.startsAtLocal.slice(0, 10));
  const [start, setStart] = useState(props.startsAtLocal.slice(11, 16));
  const [end, setEnd] = useState(props.endsAtLocal.slice(11, 16));
  const [scope, setScope] = useState<MeetingChangeScope>('THIS');
  const [reschedule, { loading, error, reset }] = useMutation(RescheduleMeetingMutation, {
    refetchQueries: ['MeetingPage'],
  });
  const invalid = !date || !start || !end || end <= start;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (invalid) return;
    const result = await reschedule({
      variables: {
        input: {
          meetingId: props.meetingId,
          startsAt: instant(date, start),
          endsAt: instant(date, end),
          scope,
        },
      },
    }).catch(() => null);
    if (result?.data) close();
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
        {t('meeting.reschedule')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('meeting.rescheduleTitle')} centered>
        <form onSubmit={submit} noValidate>
          <Stack>
            {error && <ErrorAlert error={error} />}
            <TextInput
              type="date"
              label={t('meeting.newDate')}
              required
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              data-autofocus
            />
            <Group grow>
              <TextInput
                type="time"
                label={t('meeting.newStart')}
                required
                value={start}
                onChange={(e) => setStart(e.currentTarget.value)}
              />
              <TextInput
                type="time"
                label={t('meeting.newEnd')}
                required
                value={end}
                error={end && start && end <= start ? t('meeting.endAfterStart') : null}
                onChange={(e) => setEnd(e.currentTarget.value)}
              />
            </Group>
            {props.recurring && (
              <Select
                label={t('meeting.scope')}
                data={SCOPES.map((value) => ({ value, label: t(`meetingScope.${value}`) }))}
                value={scope}
                allowDeselect={false}
                onChange={(value) => value && setScope(value as MeetingChangeScope)}
              />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={loading} disabled={invalid}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
