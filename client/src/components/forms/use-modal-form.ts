import { useState } from 'react';
import { type UseMutationFormOptions, useMutationForm } from './use-mutation-form';

/**
 * A form in a modal (`ModalForm`): `useMutationForm` plus whether the modal is open. Each
 * opening starts afresh from `initialValues` as they are then (so from the latest props), with
 * no message left from before; a successful submit closes the modal.
 */
export function useModalForm<Values extends object, Result>(options: UseMutationFormOptions<Values, Result>) {
  const [opened, setOpened] = useState(false);
  const mutationForm = useMutationForm<Values, Result>({
    ...options,
    onSuccess: (result, values) => {
      setOpened(false);
      options.onSuccess?.(result, values);
    },
  });
  return {
    ...mutationForm,
    opened,
    open: () => {
      mutationForm.restart(options.initialValues);
      setOpened(true);
    },
    close: () => setOpened(false),
  };
}

/** What `useModalForm` returns: what `ModalForm` needs to show it. */
export type ModalFormState = Pick<
  ReturnType<typeof useModalForm>,
  'opened' | 'open' | 'close' | 'onSubmit' | 'submitting' | 'serverError'
>;
