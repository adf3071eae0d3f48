import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { OrganizationConnectionSection } from './OrganizationConnectionSection';

const OrganizationPartnersQuery = graphql(`
  query OrganizationPartners($id: ID!, $after: String) {
    organization(id: $id) {
      id
      partners(first: 20, after: $after) {
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

/** Active organizations of other kinds in the same area: the partners in coordination. */
export function OrganizationPartners({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const query = useQuery(OrganizationPartnersQuery, { variables: { id: organizationId } });
  return (
    <OrganizationConnectionSection
      id="partners"
      title={t('organization.partners')}
      emptyText={t('organization.noPartners')}
      connection={query.data?.organization.partners}
      error={query.error}
      onRetry={() => void query.refetch()}
      onLoadMore={(after) => query.fetchMore({ variables: { after } })}
    />
  );
}
