import { Badge, Card, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
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

/**
 * The viewer's own invitations first, as buttons that fit a phone: one line
 * per invitation it may answer (its organization's or its own), nothing when none.
 */
export function ViewerInvitationAnswers(props: { meeting: FragmentType<typeof MeetingInvitationsFragment> }) {
  const { t } = useTranslation();
  const mine = getFragmentData(MeetingInvitationsFragment, props.meeting).invitations.filter(
    (inv) => inv.viewerCanRespond,
  );
  if (mine.length === 0) return null;
  return (
    <Card withBorder padding="sm" aria-labelledby="viewer-answers">
      <Title order={2} size="h4" id="viewer-answers" mb="xs">
        {t('meeting.yourAnswer')}
      </Title>
      <Stack gap="sm">
        {mine.map((inv) => (
          <Stack key={inv.id} gap={4}>
            <Group gap="xs" wrap="wrap">
              <Text size="sm" fw={500}>
                {inv.organization?.name ?? inv.person?.fullName}
              </Text>
              <Badge color={RESPONSE_COLORS[inv.response]} variant="light" tt="none">
                {t(`invitationResponse.${inv.response}`)}
              </Badge>
            </Group>
            <Group gap="xs" wrap="wrap">
              <RespondToInvitation invitationId={inv.id} current={inv.response} />
              <DelegateInvitationButton invitationId={inv.id} />
            </Group>
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
