import { Anchor, Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { EmptyNote } from '../../components/EmptyNote';
import { SectionCard } from '../../components/SectionCard';
import { TaskList } from '../tasks/TaskList';
import type { TaskListItemData } from '../tasks/TaskListItem';

/** Props of `TaskBucketSection`. */
export interface TaskBucketSectionProps {
  bucket: 'OVERDUE' | 'OPEN_WITHIN_DEADLINE' | 'DONE';
  connection: { totalCount: number; edges: { node: TaskListItemData & { id: string } }[] };
}

const COLORS = { OVERDUE: 'red', OPEN_WITHIN_DEADLINE: 'blue', DONE: 'green' } as const;

/** One group of the dashboard's tasks (overdue, within the deadline, done), with a link to all. */
export function TaskBucketSection({ bucket, connection }: TaskBucketSectionProps) {
  const { t } = useTranslation();
  const title = t(`dashboard.bucket.${bucket}`);
  const more = connection.totalCount > connection.edges.length;
  return (
    <SectionCard
      title={title}
      actions={
        <Badge
          color={COLORS[bucket]}
          variant="light"
          aria-label={t('tasks.count', { count: connection.totalCount })}
        >
          {connection.totalCount}
        </Badge>
      }
    >
      {connection.edges.length === 0 ? (
        <EmptyNote>{t(`dashboard.bucketEmpty.${bucket}`)}</EmptyNote>
      ) : (
        <TaskList tasks={connection.edges.map((edge) => edge.node)} label={title} />
      )}
      {more && (
        <Anchor
          component={Link}
          to={bucket === 'DONE' ? paths.tasks : `${paths.tasks}?bucket=${bucket}`}
          size="sm"
          mt="xs"
        >
          {t('dashboard.allTasks', { count: connection.totalCount })}
        </Anchor>
      )}
    </SectionCard>
  );
}
