import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';

/** Props of `SegmentedField`: its label and choices, and the field's props from `field(name)`. */
export interface SegmentedFieldProps {
  label: string;
  data: { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
}

/** A form's choice among a few shown side by side: a full-width segmented control named by its label. */
export function SegmentedField({ label, data, value, onChange }: SegmentedFieldProps) {
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={labelId}>
        {label}
      </Text>
      <SegmentedControl aria-labelledby={labelId} fullWidth value={value} onChange={onChange} data={data} />
    </Stack>
  );
}
