import { Button, type ButtonProps, Modal, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormFrame, type FormFrameProps } from './FormFrame';
import type { ModalFormState } from './use-modal-form';

/** Props of `ModalForm`. */
export interface ModalFormProps
  extends Omit<FormFrameProps, 'form' | 'label' | 'onCancel' | 'cancelTo' | 'submitLabel'> {
  /** From `useModalForm`. */
  modal: ModalFormState;
  /** The words of the button that opens the dialog, and its title unless `title` is given. */
  label: string;
  title?: string;
  /** How the opening button looks. */
  button?: Pick<ButtonProps, 'color' | 'variant' | 'size' | 'leftSection'>;
  /** The submit button's words; "Save" by default. */
  submitLabel?: string;
  size?: ModalProps['size'];
}

/**
 * The one way to show a modal form: a button that opens a centred dialog named by its title,
 * holding a `FormFrame` whose "Cancel" closes it. Fields take their props from
 * `useModalForm(...).field(name)`.
 */
export function ModalForm({ modal, label, title, button, submitLabel, size, ...frame }: ModalFormProps) {
  const { t } = useTranslation();
  return (
    <>
      <Button {...button} onClick={modal.open}>
        {label}
      </Button>
      <Modal opened={modal.opened} onClose={modal.close} title={title ?? label} centered size={size}>
        <FormFrame
          form={modal}
          onCancel={modal.close}
          submitLabel={submitLabel ?? t('common.save')}
          {...frame}
        />
      </Modal>
    </>
  );
}
