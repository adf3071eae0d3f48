import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TaskStatus } from '../gql/graphql';

const COLORS: Record<TaskStatus, string> = {
  NOT_STARTED: 'gray',
  IN_PROGRESS: 'blue',
  BLOCKED: 'orange',
  DONE: 'green',
  CANCELLED: 'dark',
};

/** A task's status as a badge. */
export function TaskStatusBadge({ status }: { status: TaskStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="outline" tt="none">
      {t(`taskStatus.${status}`)}
    </Badge>
  );
}
