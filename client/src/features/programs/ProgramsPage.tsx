import { useQuery } from '@apollo/client/react';
import { Card, Divider, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../../components/EmptyNote';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { LoadMoreButton } from '../../components/LoadMoreButton';
import { PageTitle } from '../../components/PageTitle';
import { graphql } from '../../gql';
import { ProgramFilters } from './ProgramFilters';
import { ProgramListItem } from './ProgramListItem';
import { useProgramFilters } from './use-program-filters';

const ProgramListQuery = graphql(`
  query ProgramList($filter: ProgramFilter, $after: String) {
    programs(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...ProgramListItem
        }
      }
    }
  }
`);

/** "Chương trình": coordination programs the viewer may read, with filters. */
export default function ProgramsPage() {
  const { t } = useTranslation();
  const { search, status, kind } = useProgramFilters();
  const filter = {
    ...(search ? { search } : {}),
    ...(status ? { status: [status] } : {}),
    ...(kind ? { kinds: [kind] } : {}),
  };
  const { data, error, refetch, fetchMore } = useQuery(ProgramListQuery, { variables: { filter } });
  const connection = data?.programs;
  return (
    <>
      <PageTitle title={t('programs.title')} intro={t('programs.intro')} />
      <Stack>
        <ProgramFilters />
        <Card withBorder padding="md">
          {error && !data && <ErrorAlert error={error} onRetry={() => void refetch()} />}
          {!data && !error && <LoadingState />}
          {connection && (
            <>
              <Text size="sm" c="dimmed" mb="xs">
                {t('programs.count', { count: connection.totalCount })}
              </Text>
              {connection.edges.length === 0 ? (
                <EmptyNote>{t('programs.empty')}</EmptyNote>
              ) : (
                <Stack gap={0} role="list" aria-label={t('programs.listLabel')}>
                  {connection.edges.map(({ node }, index) => (
                    <Fragment key={node.id}>
                      {index > 0 && <Divider />}
                      <div role="listitem">
                        <ProgramListItem program={node} />
                      </div>
                    </Fragment>
                  ))}
                </Stack>
              )}
              {connection.pageInfo.hasNextPage && (
                <LoadMoreButton
                  onLoadMore={() => fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
                />
              )}
            </>
          )}
        </Card>
      </Stack>
    </>
  );
}
