import { Divider, Stack } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { FilteredConnectionView, type FilteredConnectionViewProps } from './ConnectionView';

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

/** Props of `FilteredRecordList`. */
export interface FilteredRecordListProps<Node extends { id: string }>
  extends Omit<FilteredConnectionViewProps<Node>, 'children'> {
  /** The list's accessible name. */
  label: string;
  /** One record's row. */
  children: (record: Node) => ReactNode;
}

/**
 * A record list screen's body, one way for every record type: its filters, then the paginated
 * records (`RecordList`) in a card.
 */
export function FilteredRecordList<Node extends { id: string }>({
  label,
  children,
  ...view
}: FilteredRecordListProps<Node>) {
  return (
    <FilteredConnectionView {...view}>
      {(records) => (
        <RecordList records={records} label={label}>
          {children}
        </RecordList>
      )}
    </FilteredConnectionView>
  );
}
