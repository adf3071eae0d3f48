import { useQuery } from '@apollo/client/react';
import { Group, List, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ConnectionView } from '../../components/ConnectionView';
import { EmptyNote } from '../../components/EmptyNote';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageTitle } from '../../components/PageTitle';
import { SectionCard } from '../../components/SectionCard';
import { graphql } from '../../gql';
import { useFormatLocalDate } from '../../i18n/format-date';
import { AddEvidenceButton } from './AddEvidenceButton';
import { AdoptModelButton } from './AdoptModelButton';
import { CommendModelButton } from './CommendModelButton';
import { ModelFacts } from './ModelFacts';
import { ModelStatuses } from './ModelStatuses';
import { RecordModelStatusButton } from './RecordModelStatusButton';

const ModelPageQuery = graphql(`
  query ModelPage($id: ID!, $after: String) {
    model(id: $id) {
      id
      name
      version
      description
      yearRegistered
      adoptionCount
      ...ModelSummary
      viewerCan {
        recordStatus
        commend
        adopt
        addEvidence
      }
      commendations {
        commendedBy
        commendedOn
        decisionNumber
      }
      evidence {
        note
        recordedOn
      }
      adoptions(first: 20, after: $after) {
        totalCount
        pageInfo { ...NextPage }
        edges {
          node {
            adoptedOn
            organization {
              id
              name
            }
          }
        }
      }
      ...ModelStatuses
    }
  }
`);

/**
 * A mass-mobilization model: its facts, status per year, commendations, evidence and the
 * organizations that adopted it ("166 cơ quan đã áp dụng"), with the actions the viewer may take.
 */
export default function ModelPage() {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const { modelId = '' } = useParams();
  const query = useQuery(ModelPageQuery, { variables: { id: modelId } });
  const { data, error, refetch } = query;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  const { model } = data;
  return (
    <>
      <PageTitle
        title={model.name}
        actions={
          <Group gap="xs">
            {model.viewerCan.recordStatus && (
              <RecordModelStatusButton
                modelId={model.id}
                version={model.version}
                yearRegistered={model.yearRegistered}
              />
            )}
            {model.viewerCan.commend && <CommendModelButton modelId={model.id} />}
            {model.viewerCan.adopt && <AdoptModelButton modelId={model.id} />}
            {model.viewerCan.addEvidence && <AddEvidenceButton modelId={model.id} />}
          </Group>
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack>
          <ModelFacts model={model} description={model.description} />
          <SectionCard title={t('models.commendations')}>
            {model.commendations.length === 0 ? (
              <EmptyNote>{t('models.noCommendation')}</EmptyNote>
            ) : (
              <List spacing="xs" aria-label={t('models.commendations')}>
                {model.commendations.map((c) => (
                  <List.Item key={`${c.decisionNumber}-${c.commendedOn}`}>
                    {t('models.commendationLine', {
                      by: c.commendedBy,
                      number: c.decisionNumber,
                      date: formatDate(c.commendedOn),
                    })}
                  </List.Item>
                ))}
              </List>
            )}
          </SectionCard>
        </Stack>
        <Stack>
          <ModelStatuses model={model} />
          {model.adoptionCount > 0 && (
            <SectionCard title={t('models.adoptions')}>
              <ConnectionView
                connection={model.adoptions}
                query={query}
                countText={(count) => t('models.adoptedBy', { count })}
                emptyText={t('common.none')}
              >
                {(adoptions) => (
                  <List spacing={4} size="sm" aria-label={t('models.adoptions')}>
                    {adoptions.map((node) => (
                      <List.Item key={node.organization.id}>
                        {t('models.adoptionLine', {
                          name: node.organization.name,
                          date: formatDate(node.adoptedOn),
                        })}
                      </List.Item>
                    ))}
                  </List>
                )}
              </ConnectionView>
            </SectionCard>
          )}
          {model.evidence.length > 0 && (
            <SectionCard title={t('models.evidence')}>
              <List spacing={4} size="sm">
                {model.evidence.map((e) => (
                  <List.Item key={`${e.recordedOn}-${e.note}`}>
                    {formatDate(e.recordedOn)}: {e.note}
                  </List.Item>
                ))}
              </List>
            </SectionCard>
          )}
        </Stack>
      </SimpleGrid>
    </>
  );
}
