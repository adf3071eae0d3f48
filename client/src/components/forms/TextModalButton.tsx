import type { ButtonProps, MantineColor } from '@mantine/core';
import { Select, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { ModalForm } from './ModalForm';
import { type MessageKey, required } from './rules';
import { useModalForm } from './use-modal-form';

/** A choice asked beside the text (e.g. which occurrences a change applies to). */
export interface TextModalChoice {
  label: string;
  data: { value: string; label: string }[];
  /** Chosen at first. */
  initial: string;
}

/** Props of `TextModalButton`. */
export interface TextModalButtonProps {
  /** The button's words and the dialog's title. */
  label: string;
  /** The field's label (a reason, a message). */
  fieldLabel: string;
  /** The locale key shown when the field is left blank. */
  requiredMessage: MessageKey;
  submitLabel: string;
  color?: MantineColor;
  variant?: ButtonProps['variant'];
  /** A choice asked with the text, if any. */
  choice?: TextModalChoice;
  /** Sends the trimmed text, and the choice if one is asked (a mutation); it rejects with the server's error. */
  submit: (text: string, choice: string) => Promise<unknown>;
  /** More of the dialog, above the field (e.g. what it is about). */
  children?: ReactNode;
}

/** An action that needs one text (a reason, a message) and maybe one choice: a `ModalForm` with a required text. */
export function TextModalButton({
  label,
  fieldLabel,
  requiredMessage,
  choice,
  ...props
}: TextModalButtonProps) {
  const modal = useModalForm({
    initialValues: { text: '', choice: choice?.initial ?? '' },
    validate: { text: required(requiredMessage) },
    serverFields: { reason: 'text', message: 'text' },
    submit: (values) => props.submit(values.text.trim(), values.choice),
  });
  return (
    <ModalForm
      label={label}
      button={{ color: props.color, variant: props.variant ?? 'light' }}
      modal={modal}
      submitLabel={props.submitLabel}
      submitColor={props.color}
    >
      {props.children}
      <Textarea label={fieldLabel} required {...modal.field('text')} data-autofocus />
      {choice && (
        <Select label={choice.label} data={choice.data} allowDeselect={false} {...modal.field('choice')} />
      )}
    </ModalForm>
  );
}
