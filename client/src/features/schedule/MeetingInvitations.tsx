import { Badge, Box, Card, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
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

type Invitation = ReturnType<typeof invitationsOf>[number];
const invitationsOf = (meeting: FragmentType<typeof MeetingInvitationsFragment>) =>
  getFragmentData(MeetingInvitationsFragment, meeting).invitations;

/** The invitations with those the viewer answers (its organization's, its own) first, the others in order. */
const ownFirst = (invitations: readonly Invitation[]) =>
  invitations.toSorted((a, b) => Number(b.viewerCanRespond) - Number(a.viewerCanRespond));

/** An invitation's answer: a badge that is never cut, the delegate and the note under it. */
function Answer({ inv }: { inv: Invitation }) {
  const { t } = useTranslation();
  return (
    <>
      <Badge
        color={RESPONSE_COLORS[inv.response]}
        variant="light"
        tt="none"
        styles={{ root: { maxWidth: 'none' }, label: { overflow: 'visible' } }}
      >
        {t(`invitationResponse.${inv.response}`)}
      </Badge>
      {inv.delegate && <Text size="xs">{inv.delegate.fullName}</Text>}
      {inv.responseNote && (
        <Text size="xs" c="dimmed">
          {inv.responseNote}
        </Text>
      )}
    </>
  );
}

/** "Dự", "Không dự", "Cử người dự thay" for an invitation the viewer answers; `grow` on a phone. */
function AnswerButtons({ inv, grow = false }: { inv: Invitation; grow?: boolean }) {
  return (
    <Group gap={4} wrap="wrap">
      <RespondToInvitation invitationId={inv.id} current={inv.response} grow={grow} />
      <DelegateInvitationButton invitationId={inv.id} />
    </Group>
  );
}

/**
 * Who is invited, their answers and attendance, the viewer's own invitations first (marked);
 * a table from tablet width, a list of cards on a phone so no answer or button is cut.
 */
export function MeetingInvitations(props: { meeting: FragmentType<typeof MeetingInvitationsFragment> }) {
  const { t } = useTranslation();
  const invitations = ownFirst(invitationsOf(props.meeting));
  const name = (inv: Invitation) => inv.organization?.name ?? inv.person?.fullName;
  return (
    <SectionCard title={t('meeting.invitations')}>
      {invitations.length === 0 ? (
        <EmptyNote>{t('meeting.noInvitations')}</EmptyNote>
      ) : (
        <>
          <Table.ScrollContainer minWidth={560} visibleFrom="sm">
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
                  <Table.Tr key={inv.id} fw={inv.viewerCanRespond ? 500 : undefined}>
                    <Table.Td>
                      {name(inv)}
                      {inv.viewerCanRespond && (
                        <Text size="xs" c="dimmed">
                          {t('meeting.yours')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Answer inv={inv} />
                    </Table.Td>
                    <Table.Td>{inv.attendance ? t(`attendance.${inv.attendance}`) : '—'}</Table.Td>
                    <Table.Td>{inv.viewerCanRespond && <AnswerButtons inv={inv} />}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Stack component="ul" hiddenFrom="sm" gap="xs" p={0} m={0} aria-label={t('meeting.invitations')}>
            {invitations.map((inv) => (
              <Card
                key={inv.id}
                component="li"
                withBorder
                padding="xs"
                style={{ listStyle: 'none' }}
                bg={inv.viewerCanRespond ? 'var(--mantine-primary-color-light)' : undefined}
              >
                <Text size="sm" fw={500}>
                  {name(inv)}
                </Text>
                {inv.viewerCanRespond && (
                  <Text size="xs" c="dimmed">
                    {t('meeting.yours')}
                  </Text>
                )}
                <Group gap="xs" wrap="wrap" mt={4}>
                  <Answer inv={inv} />
                  {inv.attendance && <Text size="xs">{t(`attendance.${inv.attendance}`)}</Text>}
                </Group>
                {inv.viewerCanRespond && (
                  <Box mt="xs">
                    <AnswerButtons inv={inv} grow />
                  </Box>
                )}
              </Card>
            ))}
          </Stack>
        </>
      )}
    </SectionCard>
  );
}
