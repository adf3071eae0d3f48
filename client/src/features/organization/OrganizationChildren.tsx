import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { OrganizationConnectionSection } from './OrganizationConnectionSection';

const OrganizationChildrenQuery = graphql(`
  query OrganizationChildren($id: ID!, $after: String) {
    organization(id: $id) {
      id
      children(first: 20, after: $after) {
        totalCount
        edges {
          node {
            id
            ...OrganizationListItem
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/** The organizations directly below this one in the chain of command. */
export function OrganizationChildren({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const query = useQuery(OrganizationChildrenQuery, { variables: { id: organizationId } });
  return (
    <OrganizationConnectionSection
      id="children"
      title={t('organization.children')}
      emptyText={t('organization.noChildren')}
      connection={query.data?.organization.children}
      error={query.error}
      onRetry={() => void query.refetch()}
      onLoadMore={(after) => query.fetchMore({ variables: { after } })}
    />
  );
}
