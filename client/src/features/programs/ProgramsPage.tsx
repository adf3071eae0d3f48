import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../app/paths';
import { PageTitle } from '../../components/PageTitle';
import { FilteredRecordList } from '../../components/RecordList';
import { CreateLink } from '../../current-organization/CreateLink';
import { graphql } from '../../gql';
import { ProgramFilters } from './ProgramFilters';
import { ProgramListItem } from './ProgramListItem';
import { useProgramFilters } from './use-program-filters';

const ProgramListQuery = graphql(`
  query ProgramList($filter: ProgramFilter, $after: String) {
    programs(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo { ...NextPage }
      edges { node { id ...ProgramListItem } }
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
      <FilteredRecordList
        filters={<ProgramFilters />}
        connection={query.data?.programs}
        query={query}
        countText={(count) => t('programs.count', { count })}
        emptyText={t('programs.empty')}
        label={t('programs.listLabel')}
      >
        {(program) => <ProgramListItem program={program} />}
      </FilteredRecordList>
    </>
  );
}
