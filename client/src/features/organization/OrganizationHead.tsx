import { Avatar, Group, Text } from '@mantine/core';
import { IconUserStar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../../components/EmptyNote';
import { SectionCard } from '../../components/SectionCard';
import { type FragmentType, getFragmentData, graphql } from '../../gql';

const OrganizationHeadFragment = graphql(`
  fragment OrganizationHead on Organization {
    head {
      id
      fullName
    }
    positions(current: true) {
      id
      title
      isHead
      person {
        id
      }
    }
  }
`);

/** Who heads the organization today (người đứng đầu), with the title of that position. */
export function OrganizationHead(props: { organization: FragmentType<typeof OrganizationHeadFragment> }) {
  const { t } = useTranslation();
  const { head, positions } = getFragmentData(OrganizationHeadFragment, props.organization);
  const title = head && positions.find((p) => p.isHead && p.person.id === head.id)?.title;
  return (
    <SectionCard title={t('organization.head')}>
      {head ? (
        <Group wrap="nowrap">
          <Avatar radius="xl" aria-hidden>
            <IconUserStar size={20} />
          </Avatar>
          <div>
            <Text fw={600} data-testid="organization-head">
              {head.fullName}
            </Text>
            {title && (
              <Text size="sm" c="dimmed">
                {title}
              </Text>
            )}
          </div>
        </Group>
      ) : (
        <EmptyNote>{t('organization.noHead')}</EmptyNote>
      )}
    </SectionCard>
  );
}
