import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { OrganizationLink } from '../../components/OrganizationLink';
import { SectionCard } from '../../components/SectionCard';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormatDateTime } from '../../i18n/format-date';
import { describeRule } from './recurrence';

const MeetingFactsFragment = graphql(`
  fragment MeetingFacts on Meeting {
    id
    kind
    status
    statusReason
    startsAt
    endsAt
    place
    onlineUrl
    description
    isException
    host {
      id
      name
    }
    chairs {
      id
      role
      person {
        id
        fullName
      }
    }
    series {
      id
      rrule
    }
    program {
      id
      title
    }
  }
`);

/** When and where, who hosts and chairs, the kind and status of a meeting. */
export function MeetingFacts(props: { meeting: FragmentType<typeof MeetingFactsFragment> }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const m = getFragmentData(MeetingFactsFragment, props.meeting);
  const rows: [string, ReactNode][] = [
    [t('meeting.when'), `${formatDateTime(m.startsAt, 'full')} – ${formatDateTime(m.endsAt, 'time')}`],
    [t('meeting.kind'), t(`meetingKind.${m.kind}`)],
    [
      t('meeting.status'),
      <Badge key="status" variant="light" tt="none" color={m.status === 'CANCELLED' ? 'gray' : 'blue'}>
        {t(`meetingStatus.${m.status}`)}
      </Badge>,
    ],
    [t('meeting.host'), <OrganizationLink key="host" organization={m.host} />],
  ];
  if (m.statusReason) rows.push([t('meeting.statusReason'), m.statusReason]);
  if (m.place) rows.push([t('meeting.place'), m.place]);
  if (m.onlineUrl) {
    rows.push([
      t('meeting.online'),
      <Anchor key="online" href={m.onlineUrl} target="_blank" rel="noreferrer">
        {m.onlineUrl}
      </Anchor>,
    ]);
  }
  if (m.chairs.length > 0) {
    rows.push([
      t('meeting.chairs'),
      m.chairs.map((c) => `${c.person.fullName} (${t(`chairRole.${c.role}`)})`).join(', '),
    ]);
  }
  if (m.series)
    rows.push([
      t('meeting.recurring'),
      m.isException ? t('meeting.exception') : (describeRule(t, m.series.rrule) ?? t('meeting.inSeries')),
    ]);
  if (m.program) {
    rows.push([
      t('meeting.program'),
      <Anchor key="program" component={Link} to={paths.program(m.program.id)}>
        {m.program.title}
      </Anchor>,
    ]);
  }
  return (
    <SectionCard title={t('meeting.facts')}>
      <Table variant="vertical" withTableBorder={false}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={150}>{label}</Table.Th>
              <Table.Td data-testid={label === t('meeting.when') ? 'meeting-when' : undefined}>
                {value}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {m.description && (
        <Text c="dimmed" size="sm" mt="sm">
          {m.description}
        </Text>
      )}
    </SectionCard>
  );
}
