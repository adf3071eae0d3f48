import { Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../../components/EmptyNote';
import { SectionCard } from '../../components/SectionCard';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormatDateTime } from '../../i18n/format-date';
import { HealthBadge } from './HealthBadge';

const ProgramUpdatesFragment = graphql(`
  fragment ProgramUpdates on CoordinationProgram {
    updates(first: 10) {
      edges {
        node {
          id
          body
          health
          createdAt
          organization {
            id
            name
          }
          author {
            id
            fullName
          }
        }
      }
    }
  }
`);

/** Health updates, newest first. */
export function ProgramUpdates(props: { program: FragmentType<typeof ProgramUpdatesFragment> }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { updates } = getFragmentData(ProgramUpdatesFragment, props.program);
  return (
    <SectionCard title={t('programs.updates')}>
      {updates.edges.length === 0 ? (
        <EmptyNote>{t('programs.noUpdates')}</EmptyNote>
      ) : (
        <Timeline bulletSize={14} lineWidth={2}>
          {updates.edges.map(({ node }) => (
            <Timeline.Item key={node.id} title={<HealthBadge health={node.health} />}>
              <Stack gap={2}>
                <Text size="sm">{node.body}</Text>
                <Text size="xs" c="dimmed">
                  {[formatDateTime(node.createdAt), node.organization.name, node.author?.fullName]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </SectionCard>
  );
}
