import { Card, Group, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

/** Props of `SectionCard`. */
export interface SectionCardProps {
  title: ReactNode;
  /** A line under the title saying what the section shows. */
  intro?: ReactNode;
  /** Beside the title, at the far end (buttons, a count). */
  actions?: ReactNode;
  /** The heading's id, when something else in the section is labelled by it (a table). */
  titleId?: string;
  children: ReactNode;
}

/** A titled section of a page (`<section>` labelled by its `<h2>`). */
export function SectionCard({ title, intro, actions, titleId, children }: SectionCardProps) {
  const generatedId = useId();
  const id = titleId ?? generatedId;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Group justify="space-between" mb={intro ? 0 : 'sm'} gap="xs">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {actions}
      </Group>
      {intro && (
        <Text size="sm" c="dimmed" mb="sm">
          {intro}
        </Text>
      )}
      {children}
    </Card>
  );
}
