import { Badge, Box, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../../components/EmptyNote';
import { OrganizationLink } from '../../components/OrganizationLink';
import { SectionCard } from '../../components/SectionCard';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormatLocalDate } from '../../i18n/format-date';
import { AddParticipantButton, RemoveParticipantButton } from './ParticipantButtons';

const ProgramParticipantsFragment = graphql(`
  fragment ProgramParticipants on CoordinationProgram {
    id
    participants {
      id
      role
      leftOn
      organization {
        id
        name
      }
    }
  }
`);

/**
 * The organizations taking part, leads first, with their roles; added and removed when `canManage`.
 * One that leaves today still takes part today (its last day counts): it says so instead of "Rút".
 */
export function ProgramParticipants(props: {
  program: FragmentType<typeof ProgramParticipantsFragment>;
  /** `viewerCan.manageParticipants`. */
  canManage?: boolean;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const { id: programId, participants } = getFragmentData(ProgramParticipantsFragment, props.program);
  return (
    <SectionCard
      title={t('programs.participants')}
      actions={props.canManage && <AddParticipantButton programId={programId} />}
    >
      {participants.length === 0 ? (
        <EmptyNote>{t('programs.noParticipants')}</EmptyNote>
      ) : (
        <List
          spacing="xs"
          listStyleType="none"
          aria-label={t('programs.participants')}
          styles={{ itemWrapper: { width: '100%' }, itemLabel: { width: '100%' } }}
        >
          {participants.map((p) => (
            <List.Item key={p.id}>
              <Group gap="xs" wrap="nowrap">
                <Badge variant={p.role === 'LEAD' ? 'filled' : 'light'} tt="none" miw={90}>
                  {t(`participantRole.${p.role}`)}
                </Badge>
                <Box flex={1} miw={0}>
                  <OrganizationLink organization={p.organization} />
                </Box>
                {p.leftOn ? (
                  <Text size="xs" c="dimmed" flex="none">
                    {t('programs.leftOn', { date: formatDate(p.leftOn) })}
                  </Text>
                ) : (
                  props.canManage && (
                    <Box flex="none">
                      <RemoveParticipantButton programId={programId} organization={p.organization} />
                    </Box>
                  )
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </SectionCard>
  );
}
