import type { ErrorLike } from '@apollo/client';
import { Button, Group, type MantineColor, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../ErrorAlert';

/** Props of `FormFrame`. */
export interface FormFrameProps {
  form: {
    onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
    submitting: boolean;
    serverError: ErrorLike | null;
  };
  /** The form's accessible name. */
  label?: string;
  submitLabel: string;
  submitColor?: MantineColor;
  submitDisabled?: boolean;
  /** The submit button takes the focus when the dialog opens (a confirmation with no field). */
  focusSubmit?: boolean;
  /** "Cancel" runs this, or goes to `cancelTo`. */
  onCancel?: () => void;
  cancelTo?: string;
  children?: ReactNode;
}

/** A form of `useMutationForm`: the server's refusal, the fields, then "Cancel" and the submit button. */
export function FormFrame({ form, label, submitLabel, submitColor, ...props }: FormFrameProps) {
  const { t } = useTranslation();
  return (
    <form onSubmit={form.onSubmit} noValidate aria-label={label}>
      <Stack>
        {form.serverError && <ErrorAlert error={form.serverError} />}
        {props.children}
        <Group justify="flex-end">
          {props.cancelTo ? (
            <Button variant="default" component={Link} to={props.cancelTo}>
              {t('common.cancel')}
            </Button>
          ) : (
            <Button variant="default" onClick={props.onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button
            type="submit"
            color={submitColor}
            loading={form.submitting}
            disabled={props.submitDisabled}
            data-autofocus={props.focusSubmit || undefined}
          >
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
