import { Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OrganizationMultiPicker } from '../../components/OrganizationMultiPicker';
import type { ParticipantRole } from '../../gql/graphql';

/** An organization taking part and its role. */
export type ParticipantOption = { id: string; name: string; role: ParticipantRole };

/** The roles an organization may hold in a program, leads first. */
export const PARTICIPANT_ROLES: ParticipantRole[] = ['LEAD', 'CO_LEAD', 'PARTNER', 'OBSERVER'];

/** Props of `ParticipantFields`: the field's props from `field('participants')`. */
export interface ParticipantFieldsProps {
  value: ParticipantOption[];
  onChange: (value: ParticipantOption[]) => void;
  /** Left out of the choices (the owner). */
  excludeId?: string;
}

/** Organizations taking part (searched in the directory), each with its role (PARTNER at first). */
export function ParticipantFields({ value, onChange, excludeId }: ParticipantFieldsProps) {
  const { t } = useTranslation();
  const roleData = PARTICIPANT_ROLES.map((role) => ({ value: role, label: t(`participantRole.${role}`) }));
  return (
    <Stack gap="xs">
      <OrganizationMultiPicker
        label={t('createProgram.participants')}
        value={value}
        excludeId={excludeId}
        onChange={(organizations) =>
          onChange(
            organizations.map((o) => ({ ...o, role: value.find((p) => p.id === o.id)?.role ?? 'PARTNER' })),
          )
        }
      />
      {value.map((participant) => (
        <Select
          key={participant.id}
          label={t('createProgram.participantRole', { name: participant.name })}
          data={roleData}
          allowDeselect={false}
          value={participant.role}
          onChange={(role) =>
            onChange(
              value.map((p) => (p.id === participant.id ? { ...p, role: role as ParticipantRole } : p)),
            )
          }
        />
      ))}
    </Stack>
  );
}
