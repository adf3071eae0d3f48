import { useMutation } from '@apollo/client/react';
import { Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { MeetingChangeScope } from '../../gql/graphql';
import { ConflictWarnings } from './ConflictWarnings';
import { ScopeSelect } from './ScopeSelect';
import { timesOf, vietnamInstant } from './vietnam-time';

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

/** What the dialog starts from: the current start and end, Vietnam time with offset (`2026-12-07T08:00:00+07:00`). */
const RescheduleMeetingFragment = graphql(`
  fragment RescheduleMeeting on Meeting {
    id
    startsAtLocal
    endsAtLocal
    series {
      id
    }
  }
`);

/** "Dời lịch": new date and times (Vietnam time) for this occurrence, or this and the following ones. */
export function RescheduleMeetingButton(props: { meeting: FragmentType<typeof RescheduleMeetingFragment> }) {
  const { t } = useTranslation();
  const meeting = getFragmentData(RescheduleMeetingFragment, props.meeting);
  const [reschedule] = useMutation(RescheduleMeetingMutation, { refetchQueries: ['MeetingPage'] });
  const modal = useModalForm({
    initialValues: {
      date: meeting.startsAtLocal.slice(0, 10),
      start: meeting.startsAtLocal.slice(11, 16),
      end: meeting.endsAtLocal.slice(11, 16),
      scope: 'THIS' as MeetingChangeScope,
    },
    validate: {
      date: required('meeting.newDateRequired'),
      start: required('meeting.timeRequired'),
      end: (end, { start }) =>
        !end ? 'meeting.timeRequired' : start && end <= start ? 'meeting.endAfterStart' : null,
    },
    validateAtOnce: true,
    serverFields: { startsAt: 'start', endsAt: 'end' },
    submit: ({ date, start, end, scope }) =>
      reschedule({
        variables: {
          input: {
            meetingId: meeting.id,
            startsAt: vietnamInstant(date, start),
            endsAt: vietnamInstant(date, end),
            scope,
          },
        },
      }),
  });
  const times = modal.opened ? timesOf(modal.values.date, modal.values.start, modal.values.end) : null;
  return (
    <ModalForm
      label={t('meeting.reschedule')}
      button={{ variant: 'light' }}
      modal={modal}
      title={t('meeting.rescheduleTitle')}
      submitDisabled={!modal.form.isValid()}
    >
      <TextInput type="date" label={t('meeting.newDate')} required {...modal.field('date')} data-autofocus />
      <Group grow>
        <TextInput type="time" label={t('meeting.newStart')} required {...modal.field('start')} />
        <TextInput type="time" label={t('meeting.newEnd')} required {...modal.field('end')} />
      </Group>
      {meeting.series && <ScopeSelect {...modal.field('scope')} />}
      <ConflictWarnings input={times && { meetingId: meeting.id, ...times }} />
    </ModalForm>
  );
}
