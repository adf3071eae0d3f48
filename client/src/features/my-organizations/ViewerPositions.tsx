import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../../components/EmptyNote';
import { OrganizationLink } from '../../components/OrganizationLink';
import { SectionCard } from '../../components/SectionCard';
import { type FragmentType, getFragmentData, graphql } from '../../gql';

const ViewerPositionsFragment = graphql(`
  fragment ViewerPositions on Person {
    positions(current: true) {
      id
      title
      isHead
      organization {
        id
        name
      }
    }
  }
`);

/** The positions the viewer holds today (often several at once: kiêm nhiệm). */
export function ViewerPositions(props: { person: FragmentType<typeof ViewerPositionsFragment> }) {
  const { t } = useTranslation();
  const { positions } = getFragmentData(ViewerPositionsFragment, props.person);
  return (
    <SectionCard title={t('myOrganizations.positionsTitle')}>
      {positions.length === 0 ? (
        <EmptyNote>{t('myOrganizations.noPositions')}</EmptyNote>
      ) : (
        <List spacing="sm" listStyleType="none">
          {positions.map((position) => (
            <List.Item key={position.id}>
              <Stack gap={2}>
                <Group gap="xs">
                  <Text fw={500}>{position.title}</Text>
                  {position.isHead && (
                    <Badge size="xs" variant="light" tt="none">
                      {t('organization.headBadge')}
                    </Badge>
                  )}
                </Group>
                <OrganizationLink organization={position.organization} />
              </Stack>
            </List.Item>
          ))}
        </List>
      )}
    </SectionCard>
  );
}
