import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { useFormatDateTime } from '../../i18n/format-date';

const ReceptionMeetingOptionsQuery = graphql(`
  query ReceptionMeetingOptions($organizationId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
    meetings(
      filter: { organizationId: $organizationId, kinds: [CITIZEN_RECEPTION], from: $from, to: $to }
      first: 50
    ) {
      edges { node { id title startsAt } }
    }
  }
`);

/** Days before the day received in which a citizen reception is offered. */
const LOOKBACK_DAYS = 60;

/** Props of `ReceptionMeetingSelect`. */
export interface ReceptionMeetingSelectProps {
  organizationId: string;
  /** The day the petition was received (`YYYY-MM-DD`): receptions up to it are offered. */
  receivedOn: string;
  value: string | null;
  onChange: (meetingId: string | null) => void;
  error?: string | null;
}

/**
 * The citizen reception ("buổi tiếp công dân") of the organization where a petition was handed
 * over in person: those of the two months up to the day received; optional.
 */
export function ReceptionMeetingSelect({
  organizationId,
  receivedOn,
  ...field
}: ReceptionMeetingSelectProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const day = new Date(`${receivedOn}T00:00:00+07:00`);
  const valid = !Number.isNaN(day.getTime());
  const from = valid ? new Date(day.getTime() - LOOKBACK_DAYS * 86_400_000).toISOString() : '';
  const to = valid ? new Date(day.getTime() + 86_400_000).toISOString() : '';
  const { data } = useQuery(ReceptionMeetingOptionsQuery, {
    variables: { organizationId, from, to },
    skip: !valid,
  });
  const meetings = data?.meetings.edges.map((edge) => edge.node) ?? [];
  return (
    <Select
      label={t('receivePetition.receptionMeeting')}
      placeholder={
        meetings.length ? t('receivePetition.noReceptionMeeting') : t('receivePetition.noReceptionFound')
      }
      clearable
      disabled={meetings.length === 0 && !field.value}
      data={meetings.map((m) => ({ value: m.id, label: `${m.title} (${formatDateTime(m.startsAt)})` }))}
      value={field.value}
      onChange={field.onChange}
      error={field.error}
    />
  );
}
