import { Center, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A spinner with a spoken label, for a section or a page that is loading. */
export function LoadingState() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="sm" aria-hidden />
      <Text ml="sm" c="dimmed" size="sm">
        {t('common.loading')}
      </Text>
    </Center>
  );
}
