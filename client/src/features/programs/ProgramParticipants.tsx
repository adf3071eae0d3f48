import { Badge, Group, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../../components/EmptyNote';
import { OrganizationLink } from '../../components/OrganizationLink';
import { SectionCard } from '../../components/SectionCard';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { AddParticipantButton, RemoveParticipantButton } from './ParticipantButtons';

const ProgramParticipantsFragment = graphql(`
  fragment ProgramParticipants on CoordinationProgram {
    id
    participants {
      id
      role
      organization {
        id
        name
      }
    }
  }
`);

/** The organizations taking part, leads first, with their roles; added and removed when `canManage`. */
export function ProgramParticipants(props: {
  program: FragmentType<typeof ProgramParticipantsFragment>;
  /** `viewerCan.manageParticipants`. */
  canManage?: boolean;
}) {
  const { t } = useTranslation();
  const { id: programId, participants } = getFragmentData(ProgramParticipantsFragment, props.program);
  return (
    <SectionCard
      title={t('programs.participants')}
      actions={props.canManage && <AddParticipantButton programId={programId} />}
    >
      {participants.length === 0 ? (
        <EmptyNote>{t('programs.noParticipants')}</EmptyNote>
      ) : (
        <List spacing="xs" listStyleType="none" aria-label={t('programs.participants')}>
          {participants.map((p) => (
            <List.Item key={p.id}>
              <Group gap="xs" wrap="nowrap">
                <Badge variant={p.role === 'LEAD' ? 'filled' : 'light'} tt="none" miw={90}>
                  {t(`participantRole.${p.role}`)}
                </Badge>
                <OrganizationLink organization={p.organization} />
                {props.canManage && (
                  <RemoveParticipantButton programId={programId} organization={p.organization} />
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </SectionCard>
  );
}
