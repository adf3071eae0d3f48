import type { TFunction } from 'i18next';
import type { TextModalChoice } from '../../components/forms/TextModalButton';
import type { MeetingChangeScope } from '../../gql/graphql';

/** Which occurrences a change applies to, narrowest first. */
export const SCOPES: MeetingChangeScope[] = ['THIS', 'THIS_AND_FOLLOWING', 'SERIES'];

/** The scope choice of a change to a recurring meeting (none for a one-off meeting). */
export function scopeChoice(t: TFunction, recurring: boolean): TextModalChoice | undefined {
  if (!recurring) return undefined;
  return {
    label: t('meeting.scope'),
    data: SCOPES.map((value) => ({ value, label: t(`meetingScope.${value}`) })),
    initial: 'THIS',
  };
}

/** A scope chosen in a form, typed. */
export const asScope = (value: string): MeetingChangeScope =>
  SCOPES.find((scope) => scope === value) ?? 'THIS';
