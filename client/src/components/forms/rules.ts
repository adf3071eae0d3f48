import { isNotEmpty } from '@mantine/form';
import type { ParseKeys } from 'i18next';

/** A key of the locale files (`vi.json`, `en.json`): what a form shows under a field. */
export type MessageKey = ParseKeys;

/** A check of one field: the locale key of its message, or null when the value is fine. */
export type FieldRule<Value, Values> = (value: Value, values: Values) => MessageKey | null;

/** The checks of a form, field by field; each returns a locale key, translated where it is shown. */
export type FormRules<Values> = { [Field in keyof Values]?: FieldRule<Values[Field], Values> };

/** Fails with `message` when the value is empty: blank text, no choice (null) or an empty list. */
export const required =
  <Value, Values>(message: MessageKey): FieldRule<Value, Values> =>
  (value) =>
    isNotEmpty(message)(value) === null ? null : message;
