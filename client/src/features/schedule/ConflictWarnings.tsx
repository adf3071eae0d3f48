import { useQuery } from '@apollo/client/react';
import { Alert, List, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { SchedulingConflictsInput } from '../../gql/graphql';
import { useFormatDateTime } from '../../i18n/format-date';

const SchedulingConflictsQuery = graphql(`
  query SchedulingConflicts($input: SchedulingConflictsInput!) {
    schedulingConflicts(input: $input) {
      reason
      startsAt
      conflictingStartsAt
      person {
        id
        fullName
      }
      organization {
        id
        name
      }
      conflictingMeeting {
        id
        title
      }
    }
  }
`);

/** Most double bookings listed; the rest are counted. */
const SHOWN = 5;

/**
 * The double bookings the server reports for a meeting at the times being entered
 * (`schedulingConflicts`), as a warning above the save button: saving stays possible.
 * `input` is null while the times are incomplete; it is checked a moment after the last keystroke.
 */
export function ConflictWarnings({ input }: { input: SchedulingConflictsInput | null }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const [checked] = useDebouncedValue(input, 300);
  const { data } = useQuery(SchedulingConflictsQuery, {
    variables: { input: checked as SchedulingConflictsInput },
    skip: !checked,
    fetchPolicy: 'network-only',
  });
  const conflicts = input && checked ? (data?.schedulingConflicts ?? []) : [];
  if (!conflicts.length) return null;
  return (
    <Alert color="yellow" title={t('conflicts.title')} data-testid="scheduling-conflicts">
      <List size="sm" spacing={4}>
        {conflicts.slice(0, SHOWN).map((conflict) => (
          <List.Item
            key={`${conflict.person.id}/${conflict.startsAt}/${conflict.conflictingMeeting?.id ?? ''}`}
          >
            {t(`conflicts.${conflict.reason}`, {
              person: conflict.person.fullName,
              organization: conflict.organization?.name ?? '',
              meeting: conflict.conflictingMeeting?.title ?? t('conflicts.otherMeeting'),
              when: format(conflict.conflictingStartsAt, 'full'),
            })}
          </List.Item>
        ))}
      </List>
      {conflicts.length > SHOWN && (
        <Text size="sm">{t('conflicts.more', { count: conflicts.length - SHOWN })}</Text>
      )}
      <Text size="xs" mt={4}>
        {t('conflicts.note')}
      </Text>
    </Alert>
  );
}
