import { useQuery } from '@apollo/client/react';
import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmptyNote } from '../../components/EmptyNote';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageTitle } from '../../components/PageTitle';
import { graphql } from '../../gql';
import { PetitionActions } from './PetitionActions';
import { PetitionFacts } from './PetitionFacts';
import { PetitionFollowUpTasks } from './PetitionFollowUpTasks';
import { PetitionHandlers } from './PetitionHandlers';
import { PetitionerCard } from './PetitionerCard';

const PetitionPageQuery = graphql(`
  query PetitionPage($id: ID!) {
    node(id: $id) {
      id
      ... on Petition {
        subject
        ...PetitionActions
        ...PetitionFacts
        ...PetitionHandlers
        ...PetitionerCard
        ...PetitionFollowUpTasks
      }
    }
  }
`);

/** A petition ("đơn thư"): its facts, petitioner (when the API shows it), handlers and actions. */
export default function PetitionPage() {
  const { t } = useTranslation();
  const { petitionId = '' } = useParams();
  const { data, error, refetch } = useQuery(PetitionPageQuery, { variables: { id: petitionId } });
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  const petition = data.node;
  if (!petition || !('subject' in petition)) return <EmptyNote>{t('petitions.notFound')}</EmptyNote>;
  return (
    <>
      <PageTitle
        title={petition.subject}
        documentTitle={t('petitions.documentTitle', { subject: petition.subject })}
        actions={<PetitionActions petition={petition} />}
      />
      <Stack>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <PetitionFacts petition={petition} />
          <Stack>
            <PetitionerCard petition={petition} />
            <PetitionHandlers petition={petition} />
          </Stack>
        </SimpleGrid>
        <PetitionFollowUpTasks petition={petition} />
      </Stack>
    </>
  );
}
