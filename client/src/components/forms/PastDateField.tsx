import { TextInput, type TextInputProps } from '@mantine/core';
import { localDateInVietnam } from '../../i18n/format-date';

/** Props of `PastDateField`: a text input's, with the field's props from `field(name)`. */
export type PastDateFieldProps = Omit<TextInputProps, 'type' | 'max'>;

/** The day something happened (received, resolved, held, answered…): a date field that goes up to today in Vietnam. */
export function PastDateField(props: PastDateFieldProps) {
  return <TextInput type="date" max={localDateInVietnam()} {...props} />;
}
