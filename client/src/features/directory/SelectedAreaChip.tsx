import { useQuery } from '@apollo/client/react';
import { Badge, CloseButton, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';

/** An area's name by its id (a chosen area kept in the URL). */
export const SelectedAreaQuery = graphql(`
  query SelectedArea($id: ID!) {
    area(id: $id) {
      id
      name
    }
  }
`);

/** Props of `SelectedAreaChip`. */
export interface SelectedAreaChipProps {
  areaId: string;
  onClear: () => void;
}

/** Shows which area the results are limited to, with a button to lift the limit. */
export function SelectedAreaChip({ areaId, onClear }: SelectedAreaChipProps) {
  const { t } = useTranslation();
  const { data } = useQuery(SelectedAreaQuery, { variables: { id: areaId } });
  return (
    <Group gap={4}>
      <Badge variant="light" size="lg" tt="none">
        {t('directory.filteredByArea', { name: data?.area.name ?? '…' })}
      </Badge>
      <CloseButton size="sm" aria-label={t('directory.clearArea')} onClick={onClear} />
    </Group>
  );
}
