import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FilteredRecordList } from '../../components/RecordList';
import { graphql } from '../../gql';
import { ModelFilters } from './ModelFilters';
import { ModelListItem } from './ModelListItem';
import { useModelFilters } from './use-model-filters';

const ModelListQuery = graphql(`
  query ModelList($filter: ModelFilter, $after: String) {
    models(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo { ...NextPage }
      edges { node { id ...ModelSummary } }
    }
  }
`);

/** The models of the organization (or all the viewer reads), by name, filtered by the API. */
export function ModelList({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const { filter } = useModelFilters(organizationId);
  const query = useQuery(ModelListQuery, { variables: { filter } });
  return (
    <FilteredRecordList
      filters={<ModelFilters organizationId={organizationId} />}
      connection={query.data?.models}
      query={query}
      countText={(count) => t('models.count', { count })}
      emptyText={t('models.empty')}
      label={t('models.listLabel')}
    >
      {(model) => <ModelListItem model={model} />}
    </FilteredRecordList>
  );
}
