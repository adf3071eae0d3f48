import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/** One fact: its label and its value. */
export type Fact = readonly [label: string, value: ReactNode];

/** Props of `FactsTable`. */
export interface FactsTableProps {
  /** The table's accessible name. */
  label: string;
  facts: readonly Fact[];
}

/** A record's facts as a two-column table, each label heading its row. */
export function FactsTable({ label, facts }: FactsTableProps) {
  return (
    <Table variant="vertical" withTableBorder={false} aria-label={label}>
      <Table.Tbody>
        {facts.map(([name, value]) => (
          <Table.Tr key={name}>
            <Table.Th w={150}>{name}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
