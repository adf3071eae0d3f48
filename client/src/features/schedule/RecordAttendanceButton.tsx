import { useMutation } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../../components/EmptyNote';
import { ModalForm } from '../../components/forms/ModalForm';
import { useModalForm } from '../../components/forms/use-modal-form';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { Attendance } from '../../gql/graphql';

const RecordAttendanceFragment = graphql(`
  fragment RecordAttendance on Meeting {
    id
    invitations {
      id
      attendance
      organization {
        id
        name
      }
      person {
        id
        fullName
      }
    }
  }
`);

const RecordAttendanceMutation = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      meeting {
        id
        ...MeetingInvitations
        ...MeetingRecord
        ...RecordAttendance
      }
    }
  }
`);

const VALUES: Attendance[] = ['PRESENT', 'ABSENT_EXCUSED', 'ABSENT_UNEXCUSED'];
/** The marks as the mutation's entries. */
const entriesOf = (marks: Record<string, Attendance>) =>
  Object.entries(marks).map(([invitationId, attendance]) => ({ invitationId, attendance }));

/** "Điểm danh": present, excused or unexcused for each invitation; unmarked ones are left out. */
export function RecordAttendanceButton(props: { meeting: FragmentType<typeof RecordAttendanceFragment> }) {
  const { t } = useTranslation();
  const meeting = getFragmentData(RecordAttendanceFragment, props.meeting);
  const [record] = useMutation(RecordAttendanceMutation);
  const modal = useModalForm({
    initialValues: {
      marks: Object.fromEntries(
        meeting.invitations.flatMap((inv) => (inv.attendance ? [[inv.id, inv.attendance]] : [])),
      ) as Record<string, Attendance>,
    },
    submit: ({ marks }) =>
      record({ variables: { input: { meetingId: meeting.id, entries: entriesOf(marks) } } }),
  });
  const { value: marks, onChange: setMarks } = modal.field('marks');
  return (
    <ModalForm
      label={t('meeting.recordAttendance')}
      button={{ variant: 'light' }}
      modal={modal}
      submitDisabled={entriesOf(marks).length === 0}
      size="lg"
    >
      {meeting.invitations.length === 0 && <EmptyNote>{t('meeting.noInvitations')}</EmptyNote>}
      {meeting.invitations.map((inv) => (
        <Select
          key={inv.id}
          label={inv.organization?.name ?? inv.person?.fullName}
          placeholder={t('meeting.notMarked')}
          data={VALUES.map((value) => ({ value, label: t(`attendance.${value}`) }))}
          value={marks[inv.id] ?? null}
          onChange={(value) => value && setMarks({ ...marks, [inv.id]: value })}
          allowDeselect={false}
        />
      ))}
    </ModalForm>
  );
}
