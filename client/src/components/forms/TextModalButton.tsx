import type { ButtonProps, MantineColor } from '@mantine/core';
import { Select, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
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

/** The locale keys of what a `TextModalButton` says. */
export interface TextModalTexts {
  /** The button's words and the dialog's title; the submit button's too, unless `submit` is given. */
  label: MessageKey;
  /** The field's label (a reason, a message). */
  field: MessageKey;
  /** The message shown when the field is left blank. */
  required: MessageKey;
  /** The submit button's words, where they differ from the label. */
  submit?: MessageKey;
}

/** Props of `TextModalButton`. */
export interface TextModalButtonProps {
  /** What it says, as locale keys. */
  texts: TextModalTexts;
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
export function TextModalButton({ texts, choice, ...props }: TextModalButtonProps) {
  const { t } = useTranslation();
  const modal = useModalForm({
    initialValues: { text: '', choice: choice?.initial ?? '' },
    validate: { text: required(texts.required) },
    serverFields: { reason: 'text', message: 'text' },
    submit: (values) => props.submit(values.text.trim(), values.choice),
  });
  return (
    <ModalForm
      label={t(texts.label)}
      button={{ color: props.color, variant: props.variant ?? 'light' }}
      modal={modal}
      submitLabel={t(texts.submit ?? texts.label)}
    >
      {props.children}
      <Textarea label={t(texts.field)} required {...modal.field('text')} data-autofocus />
      {choice && (
        <Select label={choice.label} data={choice.data} allowDeselect={false} {...modal.field('choice')} />
      )}
    </ModalForm>
  );
}
