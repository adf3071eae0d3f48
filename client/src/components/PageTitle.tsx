import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** Props of `PageTitle`. */
export interface PageTitleProps {
  title: ReactNode;
  intro?: ReactNode;
  /** Actions shown beside the title (only those the viewer may take). */
  actions?: ReactNode;
}

/** The one `<h1>` of a page, with an optional line of introduction and actions. */
export function PageTitle({ title, intro, actions }: PageTitleProps) {
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
