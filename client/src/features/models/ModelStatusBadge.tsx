import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ModelStatus } from '../../gql/graphql';

const COLORS: Record<ModelStatus, string> = {
  NEW: 'blue',
  MAINTAINED: 'teal',
  COMMENDED: 'yellow',
  REPLICATED: 'grape',
  DISCONTINUED: 'gray',
};

/** A model's status in a year ("Duy trì 2024"), or with no year. */
export function ModelStatusBadge({ status, year }: { status: ModelStatus; year?: number }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" tt="none">
      {year
        ? t('models.statusInYear', { status: t(`modelStatus.${status}`), year })
        : t(`modelStatus.${status}`)}
    </Badge>
  );
}
