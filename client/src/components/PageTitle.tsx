import { Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of `PageTitle`. */
export interface PageTitleProps {
  title: ReactNode;
  intro?: ReactNode;
  /** Actions shown beside the title (only those the viewer may take). */
  actions?: ReactNode;
  /** The screen's name in the browser tab when `title` is not plain text. */
  documentTitle?: string;
}

/** Names the screen in the browser tab ("Nhiệm vụ – Phối hợp"); the app's name alone for `null`. */
export function useDocumentTitle(screen: string | null): void {
  const { t } = useTranslation();
  useEffect(() => {
    const app = t('app.name');
    document.title = screen ? `${screen.normalize('NFC')} – ${app}` : app;
  }, [screen, t]);
}

/**
 * The one `<h1>` of a page, with an optional line of introduction and
 * actions; the browser tab names the screen ("Nhiệm vụ – Phối hợp").
 */
export function PageTitle({ title, intro, actions, documentTitle }: PageTitleProps) {
  useDocumentTitle(documentTitle ?? (typeof title === 'string' ? title : null));
  return (
    <Stack gap={4} mb="lg">
      <Group justify="space-between" align="center" gap="sm">
        <Title order={1} size="h2">
          {title}
        </Title>
        {actions}
      </Group>
      {intro && <Text c="dimmed">{intro}</Text>}
    </Stack>
  );
}
