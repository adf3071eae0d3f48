import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../../components/EmptyNote';
import { ErrorAlert } from '../../components/ErrorAlert';
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
        invitations {
          id
          attendance
        }
        attendingOrganizations {
          id
          name
        }
      }
    }
  }
`);

const VALUES: Attendance[] = ['PRESENT', 'ABSENT_EXCUSED', 'ABSENT_UNEXCUSED'];

/** "Điểm danh": present, excused or unexcused for each invitation; unmarked ones are left out. */
export function RecordAttendanceButton(props: { meeting: FragmentType<typeof RecordAttendanceFragment> }) {
  const { t } = useTranslation();
  const meeting = getFragmentData(RecordAttendanceFragment, props.meeting);
  const [opened, { open, close }] = useDisclosure(false);
  const [marks, setMarks] = useState<Record<string, Attendance>>({});
  const [record, { loading, error, reset }] = useMutation(RecordAttendanceMutation, {
    refetchQueries: ['MeetingPage'],
  });
  const entries = Object.entries(marks).map(([invitationId, attendance]) => ({ invitationId, attendance }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (entries.length === 0) return;
    const result = await record({ variables: { input: { meetingId: meeting.id, entries } } }).catch(
      () => null,
    );
    if (result?.data) close();
  };
  return (
    <>
      <Button
        variant="light"
        onClick={() => {
          reset();
          setMarks(
            Object.fromEntries(
              meeting.invitations.flatMap((inv) => (inv.attendance ? [[inv.id, inv.attendance]] : [])),
            ),
          );
          open();
        }}
      >
        {t('meeting.recordAttendance')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('meeting.recordAttendance')} centered size="lg">
        <form onSubmit={submit} noValidate>
          <Stack>
            {error && <ErrorAlert error={error} />}
            {meeting.invitations.length === 0 && <EmptyNote>{t('meeting.noInvitations')}</EmptyNote>}
            {meeting.invitations.map((inv) => (
              <Select
                key={inv.id}
                label={inv.organization?.name ?? inv.person?.fullName}
                placeholder={t('meeting.notMarked')}
                data={VALUES.map((value) => ({ value, label: t(`attendance.${value}`) }))}
                value={marks[inv.id] ?? null}
                onChange={(value) => value && setMarks((m) => ({ ...m, [inv.id]: value as Attendance }))}
                allowDeselect={false}
              />
            ))}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={loading} disabled={entries.length === 0}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
