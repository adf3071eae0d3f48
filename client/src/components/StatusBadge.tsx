import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganizationStatus } from '../gql/graphql';

/** An organization's status; nothing for an active one (the usual case). */
export function StatusBadge({ status }: { status: OrganizationStatus }) {
  const { t } = useTranslation();
  if (status === 'ACTIVE') return null;
  return (
    <Badge color="gray" variant="outline" tt="none">
      {t(`orgStatus.${status}`)}
    </Badge>
  );
}
