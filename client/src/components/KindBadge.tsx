import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganizationKind } from '../gql/graphql';

/** Props of `KindBadge`. */
export interface KindBadgeProps {
  kind: OrganizationKind;
}

const COLORS: Record<OrganizationKind, string> = {
  PARTY_COMMITTEE: 'red',
  PARTY_STANDING_COMMITTEE: 'red',
  MASS_MOBILIZATION_COMMISSION: 'orange',
  PEOPLES_COUNCIL: 'blue',
  PEOPLES_COMMITTEE: 'indigo',
  STATE_AGENCY: 'cyan',
  ARMED_FORCES: 'green',
  FATHERLAND_FRONT: 'yellow',
  SOCIO_POLITICAL_ORG: 'grape',
  GRASSROOTS_BODY: 'gray',
};

/** The kind of an organization (Cấp ủy, Ban Dân vận, …) as a coloured badge. */
export function KindBadge({ kind }: KindBadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[kind]} variant="light" tt="none">
      {t(`kind.${kind}`)}
    </Badge>
  );
}
