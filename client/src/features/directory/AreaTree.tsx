import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { graphql } from '../../gql';
import { AreaTreeNode } from './AreaTreeNode';

const RootAreasQuery = graphql(`
  query RootAreas {
    areas(filter: { levels: [CENTRAL] }, first: 10) {
      edges { node { id ...AreaTreeItem } }
    }
  }
`);

/** Props of `AreaTree`. */
export interface AreaTreeProps {
  selectedId: string | null;
  onSelect: (area: { id: string; name: string }) => void;
}

/** The administrative areas from the central level down, each level loaded when opened. */
export function AreaTree({ selectedId, onSelect }: AreaTreeProps) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(RootAreasQuery);
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  return (
    <ul className="plain-list" aria-label={t('directory.areasLabel')}>
      {data.areas.edges.map(({ node }) => (
        <AreaTreeNode key={node.id} area={node} selectedId={selectedId} onSelect={onSelect} defaultExpanded />
      ))}
    </ul>
  );
}
