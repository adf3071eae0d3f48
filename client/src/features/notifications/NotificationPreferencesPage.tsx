import { useMutation, useQuery } from '@apollo/client/react';
import { Checkbox, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageForm } from '../../components/forms/PageForm';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import { LoadingState } from '../../components/LoadingState';
import { PageTitle } from '../../components/PageTitle';
import { graphql } from '../../gql';
import type { NotificationKind, NotificationPreferencesQuery } from '../../gql/graphql';

const NotificationPreferencesQueryDocument = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      mutedKinds
      meetingReminderLeadMinutes
      taskDueSoonDays
    }
  }
`);

const UpdateNotificationPreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      preferences {
        mutedKinds
        meetingReminderLeadMinutes
        taskDueSoonDays
      }
    }
  }
`);

/** Every kind of notification, meetings first. */
const KINDS: NotificationKind[] = [
  'MEETING_SCHEDULED',
  'MEETING_RESCHEDULED',
  'MEETING_POSTPONED',
  'MEETING_CANCELLED',
  'MEETING_AGENDA_CHANGED',
  'MEETING_REMINDER',
  'MINUTES_REMINDER',
  'TASK_ASSIGNED',
  'TASK_UPDATED',
  'TASK_URGED',
  'TASK_DUE_SOON',
  'TASK_OVERDUE',
  'PROGRAM_UPDATED',
  'PETITION_TRANSFERRED',
  'PETITION_OVERDUE',
  'COMPLEX_SITUATION',
  'REPORT_SUBMITTED',
  'REPORT_RETURNED',
  'REPORT_DUE_SOON',
  'REPORT_OVERDUE',
];

/** The reminder lead times offered, in minutes (15 minutes to 2 days). */
const LEADS = [15, 60, 180, 1440, 2880];

/** "Cài đặt thông báo": which kinds reach the inbox, when meetings are reminded, how early tasks warn. */
export default function NotificationPreferencesPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(NotificationPreferencesQueryDocument);
  return (
    <>
      <PageTitle title={t('preferences.title')} intro={t('preferences.intro')} />
      {error && !data && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!data && !error && <LoadingState />}
      {data && <PreferencesForm preferences={data.notificationPreferences} />}
    </>
  );
}

/** A lead time in words: "Trước 1 ngày", "Trước 3 giờ", "Trước 15 phút". */
function useLeadLabel() {
  const { t } = useTranslation();
  return (minutes: number) =>
    minutes % 1440 === 0
      ? t('preferences.days', { count: minutes / 1440 })
      : minutes % 60 === 0
        ? t('preferences.hours', { count: minutes / 60 })
        : t('preferences.minutes', { count: minutes });
}

function PreferencesForm({
  preferences,
}: {
  preferences: NotificationPreferencesQuery['notificationPreferences'];
}) {
  const { t } = useTranslation();
  const leadLabel = useLeadLabel();
  const [saved, setSaved] = useState(false);
  const [update] = useMutation(UpdateNotificationPreferencesMutation, {
    refetchQueries: ['NotificationPreferences'],
  });
  const leads = [...new Set([...LEADS, ...preferences.meetingReminderLeadMinutes])].toSorted((a, b) => a - b);
  const preferencesForm = useMutationForm({
    initialValues: {
      received: KINDS.filter((kind) => !preferences.mutedKinds.includes(kind)) as string[],
      leads: preferences.meetingReminderLeadMinutes.map(String),
      dueSoonDays: preferences.taskDueSoonDays as number | string,
    },
    validate: {
      dueSoonDays: (days) =>
        Number.isInteger(days) && Number(days) >= 0 && Number(days) <= 60
          ? null
          : 'preferences.dueSoonInvalid',
    },
    serverFields: {
      taskDueSoonDays: 'dueSoonDays',
      meetingReminderLeadMinutes: 'leads',
      mutedKinds: 'received',
    },
    submit: (values) => {
      setSaved(false);
      return update({
        variables: {
          input: {
            mutedKinds: KINDS.filter((kind) => !values.received.includes(kind)),
            meetingReminderLeadMinutes: values.leads.map(Number),
            taskDueSoonDays: Number(values.dueSoonDays),
          },
        },
      });
    },
    onSuccess: () => setSaved(true),
  });
  const field = preferencesForm.field;
  return (
    <PageForm
      form={preferencesForm}
      label={t('preferences.title')}
      submitLabel={t('common.save')}
      cancelTo={paths.notifications}
    >
      <Checkbox.Group
        label={t('preferences.kinds')}
        description={t('preferences.kindsHint')}
        {...field('received')}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt="xs">
          {KINDS.map((kind) => (
            <Checkbox key={kind} value={kind} label={t(`preferences.kind.${kind}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Checkbox.Group
        label={t('preferences.reminders')}
        description={t('preferences.remindersHint')}
        {...field('leads')}
      >
        <Stack gap={6} mt="xs">
          {leads.map((minutes) => (
            <Checkbox key={minutes} value={String(minutes)} label={leadLabel(minutes)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <NumberInput
        label={t('preferences.dueSoonDays')}
        min={0}
        max={60}
        allowDecimal={false}
        maw={320}
        {...field('dueSoonDays')}
      />
      {saved && (
        <Text c="green" size="sm" role="status">
          {t('preferences.saved')}
        </Text>
      )}
    </PageForm>
  );
}
