import type { ErrorLike } from '@apollo/client';
import { type FormRulesRecord, useForm } from '@mantine/form';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../i18n/describe-error';
import type { FormRules, MessageKey } from './rules';

/** Options of `useMutationForm`. */
export interface UseMutationFormOptions<Values extends object, Result> {
  initialValues: Values;
  /** Checks run before sending; each returns a locale key or null. */
  validate?: FormRules<Values>;
  /** Sends the values (a mutation); it rejects with the server's error. */
  submit: (values: Values) => Promise<Result>;
  /** Called with the answer once the server has accepted. */
  onSuccess?: (result: Result, values: Values) => void;
  /**
   * The form field that shows a BAD_USER_INPUT naming an input field (`extensions.field`), where
   * their names differ; by default a field of the same name, if the form has one.
   */
  serverFields?: Record<string, keyof Values & string>;
  /** Check the values as they change from the start, not only once a submit was tried. */
  validateAtOnce?: boolean;
}

/** The message under a field the server refused (BAD_USER_INPUT naming it in `extensions.field`). */
const INVALID_FIELD: MessageKey = 'errors.invalidField';

/**
 * One form backed by a mutation (`@mantine/form` underneath): values, checks that return locale
 * keys, the submit state, and the server's refusal — BAD_USER_INPUT naming a field of the form is
 * shown next to that field, any other error (by `extensions.code`) in `serverError` for an alert.
 */
export function useMutationForm<Values extends object, Result>(
  options: UseMutationFormOptions<Values, Result>,
) {
  const { t } = useTranslation();
  const [serverError, setServerError] = useState<ErrorLike | null>(null);
  // Messages appear once a submit was tried, then follow the values as they change.
  const submitTried = useRef(false);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: options.initialValues,
    validate: options.validate as FormRulesRecord<Values>,
    onValuesChange: () => {
      if (submitTried.current || options.validateAtOnce) form.validate();
    },
  });

  const fieldOf = (name: string | undefined): (keyof Values & string) | undefined => {
    if (!name) return undefined;
    if (options.serverFields?.[name]) return options.serverFields[name];
    return name in form.getValues() ? (name as keyof Values & string) : undefined;
  };

  const showServerError = (caught: unknown) => {
    const error = caught instanceof Error ? caught : new Error(String(caught));
    const { code, field } = describeError(error);
    const formField = code === 'BAD_USER_INPUT' ? fieldOf(field) : undefined;
    if (formField) form.setFieldError(formField, INVALID_FIELD);
    else setServerError(error);
  };

  const submitValid = form.onSubmit(async (values) => {
    setServerError(null);
    let result: Result;
    try {
      result = await options.submit(values);
    } catch (caught) {
      showServerError(caught);
      return;
    }
    options.onSuccess?.(result, values);
  });
  const onSubmit = (event?: FormEvent<HTMLFormElement>) => {
    submitTried.current = true;
    submitValid(event);
  };

  /** The props of the input for `path` (value, onChange, and its message in the current language). */
  const field = <Path extends keyof Values & string>(path: Path) => {
    const { value, onChange, onFocus, onBlur, error } = form.getInputProps(path);
    return {
      value: value as Values[Path],
      onChange: onChange as (value: unknown) => void,
      onFocus: onFocus as () => void,
      onBlur: onBlur as () => void,
      error: error ? t(error as MessageKey) : null,
    };
  };

  /** Starts again from `values` (or the initial ones), with no messages shown. */
  const restart = (values: Values = options.initialValues) => {
    submitTried.current = false;
    form.setInitialValues(values);
    form.reset();
    setServerError(null);
  };

  return {
    form,
    values: form.getValues(),
    field,
    onSubmit,
    submitting: form.submitting,
    serverError,
    restart,
  };
}
