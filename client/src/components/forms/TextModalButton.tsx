import type { ButtonProps, MantineColor } from '@mantine/core';
import { Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { ModalForm } from './ModalForm';
import { type MessageKey, required } from './rules';
import { useModalForm } from './use-modal-form';

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
  /** Sends the trimmed text (a mutation); it rejects with the server's error. */
  submit: (text: string) => Promise<unknown>;
  /** More of the dialog, above the field (e.g. what it is about). */
  children?: ReactNode;
}

/** An action that needs one line of words (a reason, a message): a `ModalForm` with one required text. */
export function TextModalButton({ label, fieldLabel, requiredMessage, ...props }: TextModalButtonProps) {
  const modal = useModalForm({
    initialValues: { text: '' },
    validate: { text: required(requiredMessage) },
    submit: ({ text }) => props.submit(text.trim()),
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
    </ModalForm>
  );
}
