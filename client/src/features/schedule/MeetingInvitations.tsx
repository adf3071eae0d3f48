import { Badge, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../../components/EmptyNote';
import { SectionCard } from '../../components/SectionCard';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { InvitationResponse } from '../../gql/graphql';
import { DelegateInvitationButton } from './DelegateInvitationButton';
import { RespondToInvitation } from './RespondToInvitation';

const MeetingInvitationsFragment = graphql(`
  fragment MeetingInvitations on Meeting {
    invitations {
      id
      response
      responseNote
      attendance
      viewerCanRespond
      organization {
        id
        name
      }
      person {
        id
        fullName
      }
      delegate {
        id
        fullName
      }
    }
  }
`);

const RESPONSE_COLORS: Record<InvitationResponse, string> = {
  ACCEPTED: 'green',
  DECLINED: 'red',
  DELEGATED: 'blue',
  PENDING: 'gray',
};

/** Who is invited, their answers and attendance; the viewer answers its own invitations here. */
export function MeetingInvitations(props: { meeting: FragmentType<typeof MeetingInvitationsFragment> }) {
  const { t } = useTranslation();
  const { invitations } = getFragmentData(MeetingInvitationsFragment, props.meeting);
  return (
    <SectionCard title={t('meeting.invitations')}>
      {invitations.length === 0 ? (
        <EmptyNote>{t('meeting.noInvitations')}</EmptyNote>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped aria-label={t('meeting.invitations')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('meeting.invitee')}</Table.Th>
                <Table.Th>{t('meeting.answer')}</Table.Th>
                <Table.Th>{t('meeting.attendance')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('meeting.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitations.map((inv) => (
                <Table.Tr key={inv.id}>
                  <Table.Td>{inv.organization?.name ?? inv.person?.fullName}</Table.Td>
                  <Table.Td>
                    <Badge color={RESPONSE_COLORS[inv.response]} variant="light" tt="none">
                      {t(`invitationResponse.${inv.response}`)}
                    </Badge>
                    {inv.delegate && <Text size="xs">{inv.delegate.fullName}</Text>}
                    {inv.responseNote && (
                      <Text size="xs" c="dimmed">
                        {inv.responseNote}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{inv.attendance ? t(`attendance.${inv.attendance}`) : '—'}</Table.Td>
                  <Table.Td>
                    {inv.viewerCanRespond && (
                      <Group gap={4}>
                        <RespondToInvitation invitationId={inv.id} current={inv.response} />
                        <DelegateInvitationButton invitationId={inv.id} />
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}
