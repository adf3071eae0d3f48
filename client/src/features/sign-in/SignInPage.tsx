import { Alert, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { paths } from '../../app/paths';
import type { SignInRedirectState } from '../../auth/RequireSession';
import { useDocumentTitle } from '../../components/PageTitle';
import { tokenStore } from '../../auth/token-store';
import { useSession } from '../../auth/use-session';
import { LanguageSwitch } from '../../layout/LanguageSwitch';
import { SignInForm } from './SignInForm';

/** The sign-in page; a signed-in user goes on to where they were heading (or home). */
export function SignInPage() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  useDocumentTitle(t('auth.signInTitle'));
  const from = (location.state as SignInRedirectState | null)?.from;
  if (session) return <Navigate to={from && from !== paths.signIn ? from : paths.home} replace />;
  const ended = tokenStore.endedBy;

  return (
    <Center mih="100dvh" p="md" bg="gray.0">
      <Stack w="100%" maw={420}>
        <Group justify="flex-end">
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md" component="main">
          <Stack>
            <div>
              <Text c="red.8" fw={700} size="lg">
                {t('app.name')}
              </Text>
              <Text c="dimmed" size="sm">
                {t('app.tagline')}
              </Text>
            </div>
            <Title order={1} size="h2">
              {t('auth.signInTitle')}
            </Title>
            <Text size="sm">{t('auth.signInIntro')}</Text>
            {ended && (
              <Alert color={ended === 'expired' ? 'yellow' : 'blue'} variant="light" role="status">
                {t(ended === 'expired' ? 'auth.sessionExpired' : 'auth.signedOut')}
              </Alert>
            )}
            <SignInForm />
          </Stack>
        </Paper>
      </Stack>
    </Center>
  );
}
