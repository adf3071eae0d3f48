import { useMutation } from '@apollo/client/react';
import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tokenStore } from '../../auth/token-store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { graphql } from '../../gql';
import { describeError } from '../../i18n/describe-error';
import { SignInFailed } from './SignInFailed';

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`);

/** Email and password form; on success stores the session (the page then moves on). */
export function SignInForm() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const [signIn, { loading, error }] = useMutation(SignInMutation);

  const emailError = touched && !email.trim() ? t('auth.emailRequired') : null;
  const passwordError = touched && !password ? t('auth.passwordRequired') : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!email.trim() || !password) return;
    const result = await signIn({ variables: { input: { email: email.trim(), password } } }).catch(
      () => null,
    );
    if (result?.data) tokenStore.set(result.data.signIn);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('auth.signInTitle')}>
      <Stack>
        {error &&
          (describeError(error).code === 'UNAUTHENTICATED' ? <SignInFailed /> : <ErrorAlert error={error} />)}
        <TextInput
          label={t('auth.email')}
          placeholder={t('auth.emailPlaceholder')}
          type="email"
          autoComplete="username"
          required
          value={email}
          error={emailError}
          onChange={(event) => setEmail(event.currentTarget.value)}
        />
        <PasswordInput
          label={t('auth.password')}
          autoComplete="current-password"
          required
          value={password}
          error={passwordError}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
        <Button type="submit" loading={loading} fullWidth>
          {t('auth.submit')}
        </Button>
      </Stack>
    </form>
  );
}
