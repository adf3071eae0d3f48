import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PetitionKind, PetitionStatus } from '../../gql/graphql';

const STATUS_COLORS: Record<PetitionStatus, string> = {
  RECEIVED: 'blue',
  CLASSIFIED: 'cyan',
  IN_PROGRESS: 'indigo',
  TRANSFERRED: 'grape',
  RESOLVED: 'green',
  WITHDRAWN: 'gray',
  FILED_NO_ACTION: 'gray',
};

/** Props of `PetitionBadges`. */
export interface PetitionBadgesProps {
  kind: PetitionKind;
  status: PetitionStatus;
  overdue: boolean;
  isRepeat: boolean;
}

/** A petition's kind, status, and whether it is overdue or a repeat ("đơn trùng"). */
export function PetitionBadges({ kind, status, overdue, isRepeat }: PetitionBadgesProps) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Badge color="orange" variant="outline" tt="none">
        {t(`petitionKind.${kind}`)}
      </Badge>
      <Badge color={STATUS_COLORS[status]} variant="light" tt="none">
        {t(`petitionStatus.${status}`)}
      </Badge>
      {overdue && (
        <Badge color="red" variant="filled" tt="none">
          {t('petitions.overdue')}
        </Badge>
      )}
      {isRepeat && (
        <Badge color="yellow" variant="light" tt="none">
          {t('petitions.repeat')}
        </Badge>
      )}
    </Group>
  );
}
