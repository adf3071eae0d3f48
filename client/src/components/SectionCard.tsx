import { Card, Group, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

/** Props of `SectionCard`. */
export interface SectionCardProps {
  title: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}

/** A titled section of a page (`<section>` labelled by its `<h2>`). */
export function SectionCard({ title, actions, children }: SectionCardProps) {
  const id = useId();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Card>
  );
}
