import { Card, type MantineSpacing } from '@mantine/core';
import { FormFrame, type FormFrameProps } from './FormFrame';

/** Props of `PageForm`: a `FormFrame`'s, and the card's width and top margin. */
export interface PageFormProps extends FormFrameProps {
  maw?: number;
  mt?: MantineSpacing;
}

/** A form that is the body of its page (create a task, a program, a meeting): a `FormFrame` in a card. */
export function PageForm({ maw = 760, mt, ...frame }: PageFormProps) {
  return (
    <Card withBorder padding="lg" maw={maw} mt={mt}>
      <FormFrame {...frame} />
    </Card>
  );
}
