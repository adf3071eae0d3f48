import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EntryTimeline } from '../../components/EntryTimeline';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { TaskStatus } from '../../gql/graphql';

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
          organization { ...EntryOrganization }
          author { ...EntryAuthor }
        }
      }
    }
  }
`);

/** A report's percentage, and the status it moved the task to, if any. */
function ReportHeadline({ percent, newStatus }: { percent: number; newStatus?: TaskStatus | null }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Text fw={500}>{t('tasks.progressLabel', { percent })}</Text>
      {newStatus && (
        <Badge size="xs" variant="outline" tt="none">
          {t(`taskStatus.${newStatus}`)}
        </Badge>
      )}
    </Group>
  );
}

/** Progress reports, newest first. */
export function TaskReports(props: { task: FragmentType<typeof TaskReportsFragment> }) {
  const { t } = useTranslation();
  const { reports } = getFragmentData(TaskReportsFragment, props.task);
  return (
    <EntryTimeline
      title={t('tasks.reports')}
      emptyText={t('tasks.noReports')}
      entries={reports.edges.map(({ node }) => ({
        ...node,
        text: node.body,
        on: node.reportedOn,
        headline: <ReportHeadline percent={node.percent} newStatus={node.newStatus} />,
      }))}
    />
  );
}
