import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FilteredRecordList } from '../../components/RecordList';
import { graphql } from '../../gql';
import { PetitionFilters } from './PetitionFilters';
import { PetitionListItem } from './PetitionListItem';
import { usePetitionFilters } from './use-petition-filters';

const OrganizationPetitionListQuery = graphql(`
  query OrganizationPetitionList($id: ID!, $filter: PetitionFilter, $after: String) {
    organization(id: $id) {
      id
      petitions(filter: $filter, first: 20, after: $after) {
        totalCount
        pageInfo { ...NextPage }
        edges { node { id ...PetitionListItem } }
      }
    }
  }
`);

/** The petitions the organization handles now, newest received first, filtered by the API. */
export function OrganizationPetitions({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const { filter } = usePetitionFilters();
  const query = useQuery(OrganizationPetitionListQuery, { variables: { id: organizationId, filter } });
  return (
    <FilteredRecordList
      filters={<PetitionFilters />}
      connection={query.data?.organization.petitions}
      query={query}
      countText={(count) => t('petitions.count', { count })}
      emptyText={t('petitions.empty')}
      label={t('petitions.listLabel')}
    >
      {(petition) => <PetitionListItem petition={petition} />}
    </FilteredRecordList>
  );
}
