import { useQuery } from '@apollo/client/react';
import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmptyNote } from '../../components/EmptyNote';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageTitle } from '../../components/PageTitle';
import { getFragmentData, graphql } from '../../gql';
import { PetitionActions } from './PetitionActions';
import { PetitionFacts } from './PetitionFacts';
import { PetitionFollowUpTasks } from './PetitionFollowUpTasks';
import { PetitionHandlers } from './PetitionHandlers';
import { PetitionerCard } from './PetitionerCard';
import { PetitionChangedFragment } from './petition-mutations';

const PetitionPageQuery = graphql(`
  query PetitionPage($id: ID!) {
    node(id: $id) {
      id
      ... on Petition {
        subject
        ...PetitionChanged
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
  const node = data.node;
  if (!node || !('subject' in node)) return <EmptyNote>{t('petitions.notFound')}</EmptyNote>;
  const petition = getFragmentData(PetitionChangedFragment, node);
  return (
    <>
      <PageTitle
        title={node.subject}
        documentTitle={t('petitions.documentTitle', { subject: node.subject })}
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
