import { Modal, type ModalProps } from '@mantine/core';
import { FormFrame, type FormFrameProps } from './FormFrame';
import type { ModalFormState } from './use-modal-form';

/** Props of `ModalForm`. */
export interface ModalFormProps extends Omit<FormFrameProps, 'form' | 'label' | 'onCancel' | 'cancelTo'> {
  /** From `useModalForm`. */
  modal: ModalFormState;
  title: string;
  size?: ModalProps['size'];
}

/**
 * The one way to show a modal form: a centred dialog named by its title, holding a `FormFrame`
 * whose "Cancel" closes it. Fields read their props from `useModalForm(...).field(name)`.
 */
export function ModalForm({ modal, title, size, ...frame }: ModalFormProps) {
  return (
    <Modal opened={modal.opened} onClose={modal.close} title={title} centered size={size}>
      <FormFrame form={modal} onCancel={modal.close} {...frame} />
    </Modal>
  );
}
