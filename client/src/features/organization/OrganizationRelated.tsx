import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { OrganizationConnectionSection } from './OrganizationConnectionSection';

const OrganizationChildrenQuery = graphql(`
  query OrganizationChildren($id: ID!, $after: String) {
    organization(id: $id) {
      id
      related: children(first: 20, after: $after) {
        ...OrganizationConnectionPage
      }
    }
  }
`);

const OrganizationPartnersQuery = graphql(`
  query OrganizationPartners($id: ID!, $after: String) {
    organization(id: $id) {
      id
      related: partners(first: 20, after: $after) {
        ...OrganizationConnectionPage
      }
    }
  }
`);

/**
 * The lists of related organizations: those directly below in the chain of command, and the
 * partners in coordination (active organizations of other kinds in the same area).
 */
const RELATIONS = {
  children: {
    query: OrganizationChildrenQuery,
    title: 'organization.children',
    empty: 'organization.noChildren',
  },
  partners: {
    query: OrganizationPartnersQuery,
    title: 'organization.partners',
    empty: 'organization.noPartners',
  },
} as const;

/** Props of `OrganizationRelated`. */
export interface OrganizationRelatedProps {
  organizationId: string;
  relation: keyof typeof RELATIONS;
}

/** One list of organizations related to this one (`relation`), a page at a time. */
export function OrganizationRelated({ organizationId, relation }: OrganizationRelatedProps) {
  const { t } = useTranslation();
  const { query: document, title, empty } = RELATIONS[relation];
  const query = useQuery(document, { variables: { id: organizationId } });
  return (
    <OrganizationConnectionSection
      id={relation}
      title={t(title)}
      emptyText={t(empty)}
      connection={query.data?.organization.related}
      error={query.error}
      onRetry={() => void query.refetch()}
      onLoadMore={(after) => query.fetchMore({ variables: { after } })}
    />
  );
}
