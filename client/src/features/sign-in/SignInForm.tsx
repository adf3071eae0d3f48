import { useMutation } from '@apollo/client/react';
import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SessionTokensFragment } from '../../auth/session-tokens';
import { tokenStore } from '../../auth/token-store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { required } from '../../components/forms/rules';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import { getFragmentData, graphql } from '../../gql';
import { describeError } from '../../i18n/describe-error';
import { SignInFailed } from './SignInFailed';

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...SessionTokens
    }
  }
`);

/** Email and password form; on success stores the session (the page then moves on). */
export function SignInForm() {
  const { t } = useTranslation();
  const [signIn] = useMutation(SignInMutation);
  const signInForm = useMutationForm({
    initialValues: { email: '', password: '' },
    validate: { email: required('auth.emailRequired'), password: required('auth.passwordRequired') },
    submit: ({ email, password }) => signIn({ variables: { input: { email: email.trim(), password } } }),
    onSuccess: (result) => {
      if (result.data) tokenStore.set(getFragmentData(SessionTokensFragment, result.data.signIn));
    },
  });
  const error = signInForm.serverError;
  return (
    <form onSubmit={signInForm.onSubmit} noValidate aria-label={t('auth.signInTitle')}>
      <Stack>
        {error &&
          (describeError(error).code === 'UNAUTHENTICATED' ? <SignInFailed /> : <ErrorAlert error={error} />)}
        <TextInput
          label={t('auth.email')}
          placeholder={t('auth.emailPlaceholder')}
          type="email"
          autoComplete="username"
          required
          {...signInForm.field('email')}
        />
        <PasswordInput
          label={t('auth.password')}
          autoComplete="current-password"
          required
          {...signInForm.field('password')}
        />
        <Button type="submit" loading={signInForm.submitting} fullWidth>
          {t('auth.submit')}
        </Button>
      </Stack>
    </form>
  );
}
