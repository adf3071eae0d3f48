import { Badge, Card, Text } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';

/** The modules still to come; each has a title under `nav.` and a line under `comingSoon.`. */
export type UpcomingModule = 'programs' | 'tasks' | 'schedule' | 'notifications';

/** Placeholder page of a module not built yet (the route and menu entry are already in place). */
export default function ComingSoonPage({ module }: { module: UpcomingModule }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle
        title={t(`nav.${module}`)}
        actions={
          <Badge variant="light" color="gray" tt="none">
            {t('comingSoon.badge')}
          </Badge>
        }
      />
      <Card withBorder padding="xl">
        <IconTools size={32} aria-hidden color="var(--mantine-color-gray-6)" />
        <Text mt="sm">{t(`comingSoon.${module}`)}</Text>
      </Card>
    </>
  );
}
