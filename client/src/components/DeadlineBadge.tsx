import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeadlineBucket } from '../gql/graphql';

const COLORS: Record<DeadlineBucket, string> = {
  OVERDUE: 'red',
  OPEN_WITHIN_DEADLINE: 'blue',
  DONE_ON_TIME: 'green',
  DONE_LATE: 'orange',
};

/** How a task stands against its deadline; nothing for a cancelled task. */
export function DeadlineBadge({ bucket }: { bucket: DeadlineBucket | null | undefined }) {
  const { t } = useTranslation();
  if (!bucket) return null;
  return (
    <Badge color={COLORS[bucket]} variant="light" tt="none">
      {t(`deadlineBucket.${bucket}`)}
    </Badge>
  );
}
