import { useQuery } from '@apollo/client/react';
import { Divider, Stack } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { FilteredConnectionView } from '../../components/ConnectionView';
import { graphql } from '../../gql';
import { ModelFilters } from './ModelFilters';
import { ModelListItem } from './ModelListItem';
import { useModelFilters } from './use-model-filters';

const ModelListQuery = graphql(`
  query ModelList($filter: ModelFilter, $after: String) {
    models(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          id
          ...ModelListItem
        }
      }
    }
  }
`);

/** The models of the organization (or all the viewer reads), by name, filtered by the API. */
export function ModelList({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const { filter } = useModelFilters(organizationId);
  const query = useQuery(ModelListQuery, { variables: { filter } });
  return (
    <FilteredConnectionView
      filters={<ModelFilters organizationId={organizationId} />}
      connection={query.data?.models}
      query={query}
      countText={(count) => t('models.count', { count })}
      emptyText={t('models.empty')}
    >
      {(models) => (
        <Stack gap={0} role="list" aria-label={t('models.listLabel')}>
          {models.map((model, index) => (
            <Fragment key={model.id}>
              {index > 0 && <Divider />}
              <div role="listitem">
                <ModelListItem model={model} />
              </div>
            </Fragment>
          ))}
        </Stack>
      )}
    </FilteredConnectionView>
  );
}
