import { Divider, Stack } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';

/** Props of `RecordList`. */
export interface RecordListProps<Node extends { id: string }> {
  records: Node[];
  /** The list's accessible name. */
  label: string;
  children: (record: Node) => ReactNode;
}

/** An accessible list of records, one per row, separated by dividers. */
export function RecordList<Node extends { id: string }>({ records, label, children }: RecordListProps<Node>) {
  return (
    <Stack gap={0} role="list" aria-label={label}>
      {records.map((record, index) => (
        <Fragment key={record.id}>
          {index > 0 && <Divider />}
          <Stack gap={4} py="xs" role="listitem">
            {children(record)}
          </Stack>
        </Fragment>
      ))}
    </Stack>
  );
}
