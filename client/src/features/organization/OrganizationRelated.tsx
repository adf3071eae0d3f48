import { useQuery } from '@apollo/client/react';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConnectionView } from '../../components/ConnectionView';
import { SectionCard } from '../../components/SectionCard';
import { getFragmentData, graphql } from '../../gql';
import { OrganizationList } from '../directory/OrganizationList';
import { OrganizationConnectionPageFragment } from '../directory/organization-connection-page';

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

/** One list of organizations related to this one (`relation`) in a card, a page at a time. */
export function OrganizationRelated({ organizationId, relation }: OrganizationRelatedProps) {
  const { t } = useTranslation();
  const { query: document, title, empty } = RELATIONS[relation];
  const query = useQuery(document, { variables: { id: organizationId } });
  const connection = getFragmentData(OrganizationConnectionPageFragment, query.data?.organization.related);
  return (
    <SectionCard
      title={t(title)}
      actions={
        connection && connection.totalCount > 0 ? (
          <Badge variant="light" color="gray">
            {connection.totalCount}
          </Badge>
        ) : null
      }
    >
      <ConnectionView connection={connection} query={query} emptyText={t(empty)}>
        {(organizations) => <OrganizationList label={t(title)} organizations={organizations} />}
      </ConnectionView>
    </SectionCard>
  );
}
