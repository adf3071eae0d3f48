import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgramHealth } from '../../gql/graphql';

const COLORS: Record<ProgramHealth, string> = { ON_TRACK: 'green', AT_RISK: 'yellow', OFF_TRACK: 'red' };

/** A program's health (on track, at risk, off track). */
export function HealthBadge({ health }: { health: ProgramHealth }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[health]} variant="dot" tt="none">
      {t(`programHealth.${health}`)}
    </Badge>
  );
}
