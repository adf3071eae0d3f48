import { Group, Pill, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OrganizationMultiPicker } from '../../components/OrganizationMultiPicker';
import { PersonPicker } from '../../components/PersonPicker';

/** An invited organization or person, as chosen in a picker. */
export type OrganizationOption = { id: string; name: string };
export type PersonOption = { id: string; fullName: string };

/** The form values of who is invited. */
export interface InviteeValues {
  organizations: OrganizationOption[];
  people: PersonOption[];
}

/** Props of `InviteeFields`: the two fields' props from `field('organizations')` and `field('people')`. */
export interface InviteeFieldsProps {
  organizations: { value: OrganizationOption[]; onChange: (value: OrganizationOption[]) => void };
  people: { value: PersonOption[]; onChange: (value: PersonOption[]) => void; error?: string | null };
  /** Left out of the organizations (the host). */
  excludeId?: string;
}

/** The invitees' ids as the mutations take them. */
export const inviteeInput = ({ organizations, people }: InviteeValues) => ({
  organizationIds: organizations.map((o) => o.id),
  personIds: people.map((p) => p.id),
});

/** Organizations to invite (searched in the directory), then people one by one, each removable. */
export function InviteeFields({ organizations, people, excludeId }: InviteeFieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <OrganizationMultiPicker
        label={t('scheduleMeeting.organizations')}
        value={organizations.value}
        onChange={organizations.onChange}
        excludeId={excludeId}
      />
      <PersonPicker
        label={t('scheduleMeeting.people')}
        value={null}
        error={people.error}
        onChange={(person) => {
          if (person && !people.value.some((p) => p.id === person.id))
            people.onChange([...people.value, person]);
        }}
      />
      {people.value.length > 0 && (
        <Group gap={4}>
          {people.value.map((person) => (
            <Pill
              key={person.id}
              withRemoveButton
              removeButtonProps={{
                'aria-label': t('scheduleMeeting.removePerson', { name: person.fullName }),
              }}
              onRemove={() => people.onChange(people.value.filter((p) => p.id !== person.id))}
            >
              {person.fullName}
            </Pill>
          ))}
        </Group>
      )}
    </Stack>
  );
}
