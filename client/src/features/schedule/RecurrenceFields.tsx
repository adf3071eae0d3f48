import { Group, NumberInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FormRules } from '../../components/forms/rules';
import { useFormatLocalDate } from '../../i18n/format-date';
import { describeChoice, REPEAT_CHOICES, type RepeatChoice, recurrenceRule } from './recurrence';

/** The form values of a repeat: the choice, and its end after a number of meetings or on a day. */
export interface RecurrenceValues {
  date: string;
  repeat: RepeatChoice;
  ends: 'COUNT' | 'UNTIL';
  count: number | string;
  until: string;
}

/** Most meetings a series may have (the server's limit). */
const MAX_COUNT = 400;

/** No repeat yet: ends after 12 meetings once one is chosen. */
export const noRecurrence = (): Omit<RecurrenceValues, 'date'> => ({
  repeat: 'NONE',
  ends: 'COUNT',
  count: 12,
  until: '',
});

/** The checks of the end of a repeat (only when one is chosen). */
export const recurrenceRules: FormRules<RecurrenceValues> = {
  count: (count, { repeat, ends }) =>
    repeat === 'NONE' ||
    ends !== 'COUNT' ||
    (Number.isInteger(count) && Number(count) >= 1 && Number(count) <= MAX_COUNT)
      ? null
      : 'recurrence.countInvalid',
  until: (until, { repeat, ends, date }) =>
    repeat === 'NONE' || ends !== 'UNTIL' || (until && until >= date) ? null : 'recurrence.untilRequired',
};

/** The mutation's `recurrence` (an RRULE with COUNT or UNTIL), or null for one meeting. */
export function recurrenceInput({ date, repeat, ends, count, until }: RecurrenceValues) {
  const rrule = recurrenceRule(repeat, date);
  if (!rrule) return null;
  return ends === 'COUNT' ? { rrule, count: Number(count) } : { rrule, until };
}

type Field<Value> = { value: Value; onChange: (value: unknown) => void; error?: string | null };

/** Props of `RecurrenceFields`: the fields' props from `field(...)`, and the first date. */
export interface RecurrenceFieldsProps {
  date: string;
  repeat: Field<RepeatChoice>;
  ends: Field<'COUNT' | 'UNTIL'>;
  count: Field<number | string>;
  until: Field<string>;
}

/** How the meeting repeats, in words for its first date ("thứ Hai đầu tiên hằng tháng"), and when the series ends. */
export function RecurrenceFields({ date, repeat, ends, count, until }: RecurrenceFieldsProps) {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const rule = date ? describeChoice(t, repeat.value, date) : '';
  return (
    <Stack gap="xs">
      <Radio.Group label={t('recurrence.repeat')} {...repeat}>
        <Stack gap={6} mt={4}>
          {REPEAT_CHOICES.filter((choice) => choice === 'NONE' || date).map((choice) => (
            <Radio key={choice} value={choice} label={describeChoice(t, choice, date)} />
          ))}
        </Stack>
      </Radio.Group>
      {repeat.value !== 'NONE' && (
        <>
          <Radio.Group label={t('recurrence.ends')} {...ends}>
            <Group mt={4}>
              <Radio value="COUNT" label={t('recurrence.endsCount')} />
              <Radio value="UNTIL" label={t('recurrence.endsUntil')} />
            </Group>
          </Radio.Group>
          {ends.value === 'COUNT' ? (
            <NumberInput
              label={t('recurrence.count')}
              min={1}
              max={MAX_COUNT}
              allowDecimal={false}
              {...count}
            />
          ) : (
            <TextInput type="date" label={t('recurrence.until')} min={date} {...until} />
          )}
          <Text size="sm" c="dimmed" data-testid="recurrence-summary">
            {ends.value === 'COUNT'
              ? t('recurrence.summaryCount', { rule, count: Number(count.value) || 0 })
              : t('recurrence.summaryUntil', { rule, date: until.value ? formatDate(until.value) : '…' })}
          </Text>
        </>
      )}
    </Stack>
  );
}
