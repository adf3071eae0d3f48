import { Button, type ButtonProps, Modal, type ModalProps } from '@mantine/core';
import { useState } from 'react';
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
  /** How the opening button looks; the submit button takes its colour unless `submitColor` says else. */
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
  // The dialog is in the page only while open or closing: a closed Mantine Modal still mounts a
  // portal, which made leaving a page with several of them visibly slower.
  const [present, setPresent] = useState(modal.opened);
  if (modal.opened && !present) setPresent(true);
  return (
    <>
      <Button {...button} onClick={modal.open}>
        {label}
      </Button>
      {present && (
        <Modal
          opened={modal.opened}
          onClose={modal.close}
          onExitTransitionEnd={() => setPresent(false)}
          title={title ?? label}
          centered
          size={size}
        >
          <FormFrame
            form={modal}
            onCancel={modal.close}
            submitLabel={submitLabel ?? t('common.save')}
            submitColor={button?.color}
            {...frame}
          />
        </Modal>
      )}
    </>
  );
}
