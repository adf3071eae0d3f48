import { useQuery } from '@apollo/client/react';
import { Group, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmptyNote } from '../../components/EmptyNote';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageTitle } from '../../components/PageTitle';
import { SectionCard } from '../../components/SectionCard';
import { useCurrentOrganization } from '../../current-organization/use-current-organization';
import { graphql } from '../../gql';
import { OnTimeRateCard } from '../dashboard/OnTimeRateCard';
import { TaskList } from '../tasks/TaskList';
import { ChangeProgramStatusButton, canChangeFrom } from './ChangeProgramStatusButton';
import { ProgramHead } from './ProgramHead';
import { PostProgramUpdateButton } from './PostProgramUpdateButton';
import { ProgramObjectives } from './ProgramObjectives';
import { ProgramParticipants } from './ProgramParticipants';
import { ProgramUpdates } from './ProgramUpdates';

const ProgramPageQuery = graphql(`
  query ProgramPage($id: ID!) {
    program(id: $id) {
      id
      ...ProgramHead
      status
      title
      description
      version
      viewerCan {
        changeStatus
        postUpdate
        manageParticipants
        update
      }
      owner {
        id
        name
      }
      participants {
        id
        role
        organization {
          id
          name
        }
      }
      taskStats {
        ...OnTimeRate
      }
      tasks(first: 20) {
        totalCount
        edges { node { id ...TaskListItem } }
      }
      ...ProgramParticipants
      ...ProgramObjectives
      ...ProgramUpdates
    }
  }
`);

/** A program: participants and roles, objectives with progress, health updates, its tasks. */
export default function ProgramPage() {
  const { t } = useTranslation();
  const { programId = '' } = useParams();
  const { organizations } = useCurrentOrganization();
  const { data, error, refetch } = useQuery(ProgramPageQuery, { variables: { id: programId } });
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  const { program } = data;
  const mine = new Set(organizations.map((o) => o.id));
  const leading = [
    program.owner,
    ...program.participants
      .filter((p) => p.role === 'LEAD' || p.role === 'CO_LEAD')
      .map((p) => p.organization)
      .filter((o) => o.id !== program.owner.id),
  ];
  return (
    <>
      <PageTitle
        title={program.title}
        intro={program.description ?? undefined}
        actions={
          <Group gap="xs">
            {program.viewerCan.postUpdate && (
              <PostProgramUpdateButton
                programId={program.id}
                organizations={leading}
                defaultOrganizationId={leading.find((o) => mine.has(o.id))?.id}
              />
            )}
            {program.viewerCan.changeStatus && canChangeFrom(program.status) && (
              <ChangeProgramStatusButton
                programId={program.id}
                version={program.version}
                status={program.status}
              />
            )}
          </Group>
        }
      />
      <Stack>
        <ProgramHead program={program} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <ProgramParticipants program={program} canManage={program.viewerCan.manageParticipants} />
          <OnTimeRateCard stats={program.taskStats} />
        </SimpleGrid>
        <ProgramObjectives program={program} canUpdate={program.viewerCan.update} />
        <SectionCard title={t('programs.tasks')}>
          {program.tasks.edges.length === 0 ? (
            <EmptyNote>{t('tasks.empty')}</EmptyNote>
          ) : (
            <TaskList tasks={program.tasks.edges.map((edge) => edge.node)} label={t('programs.tasks')} />
          )}
        </SectionCard>
        <ProgramUpdates program={program} />
      </Stack>
    </>
  );
}
