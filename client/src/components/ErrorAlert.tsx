import type { ErrorLike } from '@apollo/client';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../i18n/describe-error';

/** Props of `ErrorAlert`. */
export interface ErrorAlertProps {
  error: ErrorLike;
  /** Shows a "try again" button that calls it. */
  onRetry?: () => void;
}

/** An error explained in plain words of the current language (never the server's raw message). */
export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  const { code, requestId } = describeError(error);
  return (
    <Alert color="red" variant="light" title={t('errors.title')} icon={<IconAlertTriangle aria-hidden />}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t(`errors.${code}`)}</Text>
        {requestId && (
          <Text size="xs" c="dimmed">
            {t('errors.requestId', { id: requestId })}
          </Text>
        )}
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
