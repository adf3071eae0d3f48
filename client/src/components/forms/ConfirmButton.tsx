import { type ButtonProps, Text } from '@mantine/core';
import { ModalForm } from './ModalForm';
import { useModalForm } from './use-modal-form';

/** Props of `ConfirmButton`. */
export interface ConfirmButtonProps {
  /** The button's words, the dialog's title and its confirming button's words. */
  label: string;
  /** The question the dialog asks. */
  question: string;
  color?: ButtonProps['color'];
  variant?: ButtonProps['variant'];
  /** Runs the action (a mutation); it rejects with the server's error. */
  onConfirm: () => Promise<unknown>;
}

/** A button whose action runs after a confirmation dialog: a `ModalForm` with no field. */
export function ConfirmButton({ label, question, color, variant, onConfirm }: ConfirmButtonProps) {
  const modal = useModalForm({ initialValues: {}, submit: onConfirm });
  return (
    <ModalForm
      label={label}
      button={{ color, variant }}
      modal={modal}
      submitLabel={label}
      submitColor={color}
      focusSubmit
    >
      <Text>{question}</Text>
    </ModalForm>
  );
}
