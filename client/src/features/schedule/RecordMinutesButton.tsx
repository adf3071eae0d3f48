import { useMutation } from '@apollo/client/react';
import { SegmentedControl, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
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
  const [record] = useMutation(RecordMinutesMutation, { refetchQueries: ['MeetingPage'] });
  const modal = useModalForm({
    initialValues: { text: meeting.minutes?.text ?? '', status: 'DRAFT' as MinutesStatus },
    validate: { text: required('meeting.minutesRequired') },
    submit: ({ text, status }) =>
      record({
        variables: { input: { meetingId: meeting.id, text: text.trim(), approve: status === 'APPROVED' } },
      }),
  });
  const { value: status, onChange: setStatus } = modal.field('status');
  return (
    <ModalForm label={t('meeting.recordMinutes')} button={{ variant: 'light' }} modal={modal} size="lg">
      <Textarea
        label={t('meeting.minutesText')}
        required
        minRows={5}
        {...modal.field('text')}
        data-autofocus
      />
      <SegmentedControl
        aria-label={t('meeting.minutesStatus')}
        data={(['DRAFT', 'APPROVED'] as const).map((value) => ({
          value,
          label: t(`minutesStatus.${value}`),
        }))}
        value={status}
        onChange={setStatus}
      />
      {status === 'APPROVED' && (
        <Text size="sm" c="dimmed">
          {t('meeting.approveNote')}
        </Text>
      )}
    </ModalForm>
  );
}
