import { Badge, Group, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../../components/EmptyNote';
import { OrganizationLink } from '../../components/OrganizationLink';
import { SectionCard } from '../../components/SectionCard';
import { type FragmentType, getFragmentData, graphql } from '../../gql';

const ProgramParticipantsFragment = graphql(`
  fragment ProgramParticipants on CoordinationProgram {
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

/** The organizations taking part, leads first, with their roles. */
export function ProgramParticipants(props: { program: FragmentType<typeof ProgramParticipantsFragment> }) {
  const { t } = useTranslation();
  const { participants } = getFragmentData(ProgramParticipantsFragment, props.program);
  return (
    <SectionCard title={t('programs.participants')}>
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
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </SectionCard>
  );
}
