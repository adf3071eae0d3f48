import { useQuery } from '@apollo/client/react';
import { Divider, Stack } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../app/paths';
import { FilteredConnectionView } from '../../components/ConnectionView';
import { PageTitle } from '../../components/PageTitle';
import { CreateLink } from '../../current-organization/CreateLink';
import { graphql } from '../../gql';
import { ProgramFilters } from './ProgramFilters';
import { ProgramListItem } from './ProgramListItem';
import { useProgramFilters } from './use-program-filters';

const ProgramListQuery = graphql(`
  query ProgramList($filter: ProgramFilter, $after: String) {
    programs(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
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
  const { filter } = useProgramFilters();
  const query = useQuery(ProgramListQuery, { variables: { filter } });
  return (
    <>
      <PageTitle
        title={t('programs.title')}
        intro={t('programs.intro')}
        actions={
          <CreateLink permission="createProgram" to={paths.newProgram}>
            {t('createProgram.open')}
          </CreateLink>
        }
      />
      <FilteredConnectionView
        filters={<ProgramFilters />}
        connection={query.data?.programs}
        query={query}
        countText={(count) => t('programs.count', { count })}
        emptyText={t('programs.empty')}
      >
        {(programs) => (
          <Stack gap={0} role="list" aria-label={t('programs.listLabel')}>
            {programs.map((program, index) => (
              <Fragment key={program.id}>
                {index > 0 && <Divider />}
                <div role="listitem">
                  <ProgramListItem program={program} />
                </div>
              </Fragment>
            ))}
          </Stack>
        )}
      </FilteredConnectionView>
    </>
  );
}
