import { useMutation } from '@apollo/client/react';
import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { EmptyNote } from '../../components/EmptyNote';
import { PageForm } from '../../components/forms/PageForm';
import { required } from '../../components/forms/rules';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import { LoadingState } from '../../components/LoadingState';
import { PageTitle } from '../../components/PageTitle';
import { RequireOrganization } from '../../current-organization/RequireOrganization';
import type { ViewerOrganization } from '../../current-organization/use-current-organization';
import { useOrganizationCan } from '../../current-organization/use-organization-can';
import { graphql } from '../../gql';
import type { MeetingKind } from '../../gql/graphql';
import { localDateInVietnam } from '../../i18n/format-date';
import { ConflictWarnings } from './ConflictWarnings';
import { InviteeFields, type InviteeValues, inviteeInput } from './InviteeFields';
import { noRecurrence, RecurrenceFields, recurrenceInput, recurrenceRules } from './RecurrenceFields';
import { timesOf, vietnamInstant } from './vietnam-time';

const ScheduleMeetingMutation = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      meeting {
        id
      }
      series {
        id
      }
    }
  }
`);

const KINDS: MeetingKind[] = [
  'PERIODIC_BRIEFING',
  'WORKING_SESSION',
  'THEMATIC_CONFERENCE',
  'REVIEW_CONFERENCE',
  'TRAINING',
  'DIALOGUE_WITH_PEOPLE',
  'CITIZEN_RECEPTION',
];

/** "Lên lịch họp": a meeting or a recurring series hosted by the current organization. */
export default function ScheduleMeetingPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('scheduleMeeting.title')} intro={t('scheduleMeeting.intro')} />
      <RequireOrganization>{(host) => <ScheduleMeetingForm host={host} />}</RequireOrganization>
    </>
  );
}

/** The form, once the server has said the viewer may schedule for `host`. */
function ScheduleMeetingForm({ host }: { host: ViewerOrganization }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const can = useOrganizationCan(host.id);
  const [schedule] = useMutation(ScheduleMeetingMutation, { refetchQueries: ['ScheduleMeetings'] });
  const meetingForm = useMutationForm({
    initialValues: {
      title: '',
      kind: 'PERIODIC_BRIEFING' as MeetingKind,
      date: localDateInVietnam(7),
      start: '08:00',
      end: '10:00',
      place: '',
      onlineUrl: '',
      description: '',
      ...noRecurrence(),
      organizations: [] as InviteeValues['organizations'],
      people: [] as InviteeValues['people'],
    },
    validate: {
      title: required('scheduleMeeting.titleRequired'),
      date: required('scheduleMeeting.dateRequired'),
      start: required('meeting.timeRequired'),
      end: (end, { start }) =>
        !end ? 'meeting.timeRequired' : start && end <= start ? 'meeting.endAfterStart' : null,
      ...recurrenceRules,
    },
    serverFields: {
      startsAt: 'start',
      endsAt: 'end',
      'recurrence.rrule': 'repeat',
      'recurrence.until': 'until',
    },
    submit: (values) =>
      schedule({
        variables: {
          input: {
            hostOrganizationId: host.id,
            title: values.title.trim(),
            kind: values.kind,
            startsAt: vietnamInstant(values.date, values.start),
            endsAt: vietnamInstant(values.date, values.end),
            place: values.place.trim() || null,
            onlineUrl: values.onlineUrl.trim() || null,
            description: values.description.trim() || null,
            recurrence: recurrenceInput(values),
            invitedOrganizationIds: inviteeInput(values).organizationIds,
            invitedPersonIds: inviteeInput(values).personIds,
          },
        },
      }),
    onSuccess: (_result, { date }) => void navigate(`${paths.schedule}?view=week&date=${date}`),
  });
  if (!can) return <LoadingState />;
  if (!can.scheduleMeeting) return <EmptyNote>{t('scheduleMeeting.notAllowed')}</EmptyNote>;
  const field = meetingForm.field;
  const values = meetingForm.values;
  const times = timesOf(values.date, values.start, values.end);
  const recurrence = times && recurrenceInput(values);
  return (
    <PageForm
      mt="md"
      form={meetingForm}
      label={t('scheduleMeeting.title')}
      submitLabel={t('scheduleMeeting.submit')}
      cancelTo={paths.schedule}
    >
      <TextInput label={t('scheduleMeeting.host')} value={host.name} readOnly />
      <TextInput label={t('scheduleMeeting.meetingTitle')} required {...field('title')} />
      <Select
        label={t('scheduleMeeting.kind')}
        data={KINDS.map((value) => ({ value, label: t(`meetingKind.${value}`) }))}
        allowDeselect={false}
        {...field('kind')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput type="date" label={t('scheduleMeeting.date')} required {...field('date')} />
        <TextInput type="time" label={t('meeting.newStart')} required {...field('start')} />
        <TextInput type="time" label={t('meeting.newEnd')} required {...field('end')} />
      </SimpleGrid>
      <RecurrenceFields
        date={meetingForm.values.date}
        repeat={field('repeat')}
        ends={field('ends')}
        count={field('count')}
        until={field('until')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('scheduleMeeting.place')} {...field('place')} />
        <TextInput type="url" label={t('scheduleMeeting.onlineUrl')} {...field('onlineUrl')} />
      </SimpleGrid>
      <Textarea label={t('scheduleMeeting.description')} minRows={2} {...field('description')} />
      <InviteeFields organizations={field('organizations')} people={field('people')} excludeId={host.id} />
      <ConflictWarnings
        input={
          times && {
            hostOrganizationId: host.id,
            ...times,
            invitedOrganizationIds: inviteeInput(values).organizationIds,
            recurrence,
          }
        }
      />
    </PageForm>
  );
}
