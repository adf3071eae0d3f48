import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The answer to a wrong email or password (the server does not say which). */
export function SignInFailed() {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" role="alert">
      {t('auth.wrongCredentials')}
    </Alert>
  );
}
