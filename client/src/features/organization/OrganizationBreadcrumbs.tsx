import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { type FragmentType, getFragmentData, graphql } from '../../gql';

const OrganizationBreadcrumbsFragment = graphql(`
  fragment OrganizationBreadcrumbs on Organization {
    id
    name
    ancestors {
      id
      name
    }
  }
`);

/**
 * The organization's place: directory › top of its chain › … › the organization itself
 * (the server lists ancestors nearest first; shown here from the top down).
 */
export function OrganizationBreadcrumbs(props: {
  organization: FragmentType<typeof OrganizationBreadcrumbsFragment>;
}) {
  const { t } = useTranslation();
  const organization = getFragmentData(OrganizationBreadcrumbsFragment, props.organization);
  const topDown = organization.ancestors.toReversed();
  return (
    <nav aria-label={t('organization.breadcrumbLabel')}>
      <Breadcrumbs mb="xs" separatorMargin={6} style={{ flexWrap: 'wrap', rowGap: 4 }}>
        <Anchor component={Link} to={paths.directory} size="sm">
          {t('directory.title')}
        </Anchor>
        {topDown.map((ancestor) => (
          <Anchor key={ancestor.id} component={Link} to={paths.organization(ancestor.id)} size="sm">
            {ancestor.name}
          </Anchor>
        ))}
        <Text size="sm" c="dimmed" aria-current="page">
          {organization.name}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}
