import { Badge, Group, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../../components/EmptyNote';
import { SectionCard } from '../../components/SectionCard';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormatLocalDate } from '../../i18n/format-date';

const TaskReportsFragment = graphql(`
  fragment TaskReports on Task {
    reports(first: 20) {
      totalCount
      edges {
        node {
          id
          percent
          body
          reportedOn
          newStatus
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

/** Progress reports, newest first. */
export function TaskReports(props: { task: FragmentType<typeof TaskReportsFragment> }) {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const { reports } = getFragmentData(TaskReportsFragment, props.task);
  return (
    <SectionCard title={t('tasks.reports')}>
      {reports.edges.length === 0 ? (
        <EmptyNote>{t('tasks.noReports')}</EmptyNote>
      ) : (
        <Timeline bulletSize={16} lineWidth={2} aria-label={t('tasks.reports')}>
          {reports.edges.map(({ node }) => (
            <Timeline.Item
              key={node.id}
              title={
                <Group gap="xs">
                  <Text fw={500}>{t('tasks.progressLabel', { percent: node.percent })}</Text>
                  {node.newStatus && (
                    <Badge size="xs" variant="outline" tt="none">
                      {t(`taskStatus.${node.newStatus}`)}
                    </Badge>
                  )}
                </Group>
              }
            >
              <Stack gap={2}>
                <Text size="sm">{node.body}</Text>
                <Text size="xs" c="dimmed">
                  {[formatDate(node.reportedOn), node.organization.name, node.author?.fullName]
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
