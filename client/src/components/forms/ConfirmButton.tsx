import { type ButtonProps, Text } from '@mantine/core';
import { ModalForm } from './ModalForm';
import { useModalForm } from './use-modal-form';

/** Props of `ConfirmButton`. */
export interface ConfirmButtonProps {
  /** The button's words, the dialog's title and its confirming button's words. */
  label: string;
  /** The dialog's title, when it says more than the button. */
  title?: string;
  /** The question the dialog asks. */
  question: string;
  color?: ButtonProps['color'];
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
  /** Runs the action (a mutation); it rejects with the server's error. */
  onConfirm: () => Promise<unknown>;
}

/** A button whose action runs after a confirmation dialog: a `ModalForm` with no field. */
export function ConfirmButton({
  label,
  title,
  question,
  color,
  variant,
  size,
  onConfirm,
}: ConfirmButtonProps) {
  const modal = useModalForm({ initialValues: {}, submit: onConfirm });
  return (
    <ModalForm
      label={label}
      title={title}
      button={{ color, variant, size }}
      modal={modal}
      submitLabel={label}
      focusSubmit
    >
      <Text>{question}</Text>
    </ModalForm>
  );
}
