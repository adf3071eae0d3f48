import { useMutation } from '@apollo/client/react';
import { Group, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { MeetingChangeScope } from '../../gql/graphql';
import { ConflictWarnings } from './ConflictWarnings';
import { ScopeSelect } from './ScopeSelect';
import { timesOf } from './vietnam-time';

const UpdateMeetingMutation = graphql(`
  mutation UpdateMeeting($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      meeting {
        id
        ...EditMeeting
        ...MeetingFacts
      }
    }
  }
`);

/** What the dialog starts from: the meeting's details and its times, Vietnam time with offset. */
const EditMeetingFragment = graphql(`
  fragment EditMeeting on Meeting {
    id
    title
    description
    place
    onlineUrl
    startsAtLocal
    endsAtLocal
    series {
      id
    }
  }
`);

/**
 * "Sửa thông tin": title, description, place, online link, date and times of this occurrence,
 * this and the following ones, or the whole series; double bookings at the new times are shown
 * before saving.
 */
export function EditMeetingButton(props: { meeting: FragmentType<typeof EditMeetingFragment> }) {
  const { t } = useTranslation();
  const meeting = getFragmentData(EditMeetingFragment, props.meeting);
  const [update] = useMutation(UpdateMeetingMutation, {
    refetchQueries: ['MeetingPage', 'ScheduleMeetings'],
  });
  const modal = useModalForm({
    initialValues: {
      title: meeting.title,
      description: meeting.description ?? '',
      place: meeting.place ?? '',
      onlineUrl: meeting.onlineUrl ?? '',
      date: meeting.startsAtLocal.slice(0, 10),
      start: meeting.startsAtLocal.slice(11, 16),
      end: meeting.endsAtLocal.slice(11, 16),
      scope: 'THIS' as MeetingChangeScope,
    },
    validate: {
      title: required('editMeeting.titleRequired'),
      date: required('meeting.newDateRequired'),
      start: required('meeting.timeRequired'),
      end: (end, { start }) =>
        !end ? 'meeting.timeRequired' : start && end <= start ? 'meeting.endAfterStart' : null,
    },
    serverFields: { startsAt: 'start', endsAt: 'end' },
    submit: (values) =>
      update({
        variables: {
          input: {
            meetingId: meeting.id,
            scope: meeting.series ? values.scope : null,
            title: values.title.trim(),
            description: values.description.trim() || null,
            place: values.place.trim() || null,
            onlineUrl: values.onlineUrl.trim() || null,
            ...timesOf(values.date, values.start, values.end),
          },
        },
      }),
  });
  const { date, start, end } = modal.values;
  const times = modal.opened ? timesOf(date, start, end) : null;
  return (
    <ModalForm
      label={t('editMeeting.open')}
      title={t('editMeeting.title')}
      button={{ variant: 'light' }}
      modal={modal}
      size="lg"
    >
      <TextInput label={t('editMeeting.meetingTitle')} required {...modal.field('title')} data-autofocus />
      <Group grow align="flex-start" wrap="wrap">
        <TextInput type="date" label={t('editMeeting.date')} required miw={150} {...modal.field('date')} />
        <TextInput type="time" label={t('meeting.newStart')} required miw={100} {...modal.field('start')} />
        <TextInput type="time" label={t('meeting.newEnd')} required miw={100} {...modal.field('end')} />
      </Group>
      <TextInput label={t('editMeeting.place')} {...modal.field('place')} />
      <TextInput type="url" label={t('editMeeting.onlineUrl')} {...modal.field('onlineUrl')} />
      <Textarea label={t('editMeeting.description')} autosize minRows={2} {...modal.field('description')} />
      {meeting.series && <ScopeSelect {...modal.field('scope')} />}
      <ConflictWarnings input={times && { meetingId: meeting.id, ...times }} />
    </ModalForm>
  );
}
