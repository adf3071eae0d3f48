import { useQuery } from '@apollo/client/react';
import { ActionIcon, Group, Loader, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../../components/EmptyNote';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadMoreButton } from '../../components/LoadMoreButton';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { byVietnameseName } from '../../i18n/collate';

const AreaTreeItemFragment = graphql(`
  fragment AreaTreeItem on AdministrativeArea {
    id
    name
    level
  }
`);

// 50 a page: the server's cost limit counts `first` as given, and 100 areas (with the
// `__typename` Apollo adds to each) would go over it.
const AreaChildrenQuery = graphql(`
  query AreaChildren($id: ID!, $after: String) {
    area(id: $id) {
      id
      children(first: 50, after: $after) {
        edges { node { id name ...AreaTreeItem } }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/** Props of `AreaTreeNode`. */
export interface AreaTreeNodeProps {
  area: FragmentType<typeof AreaTreeItemFragment>;
  selectedId: string | null;
  onSelect: (area: { id: string; name: string }) => void;
  defaultExpanded?: boolean;
}

/**
 * One area of the tree: a button that selects it, and a toggle that loads and shows the
 * areas below it (fetched only when first opened).
 */
export function AreaTreeNode({ area: areaRef, selectedId, onSelect, defaultExpanded }: AreaTreeNodeProps) {
  const { t } = useTranslation();
  const area = getFragmentData(AreaTreeItemFragment, areaRef);
  const [expanded, setExpanded] = useState(defaultExpanded ?? false);
  const childrenId = useId();
  const { data, loading, error, refetch, fetchMore } = useQuery(AreaChildrenQuery, {
    variables: { id: area.id },
    skip: !expanded,
  });
  const children = data?.area.children;
  const selected = selectedId === area.id;

  return (
    <li>
      <Group gap={4} wrap="nowrap">
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-expanded={expanded}
          aria-controls={childrenId}
          aria-label={t(expanded ? 'directory.collapseArea' : 'directory.expandArea', { name: area.name })}
          onClick={() => setExpanded((open) => !open)}
        >
          {expanded ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />}
        </ActionIcon>
        <UnstyledButton
          onClick={() => onSelect(area)}
          aria-pressed={selected}
          aria-label={t('directory.selectArea', { name: area.name })}
          px={6}
          py={2}
          fz="sm"
          fw={selected ? 700 : 400}
          c={selected ? 'red.8' : undefined}
          bg={selected ? 'red.0' : undefined}
          style={{ borderRadius: 4 }}
        >
          {area.name}
        </UnstyledButton>
        {loading && <Loader size={12} aria-hidden />}
      </Group>
      {expanded && (
        <ul id={childrenId} className="plain-list" style={{ paddingLeft: 18 }}>
          {error && (
            <li>
              <ErrorAlert error={error} onRetry={() => void refetch()} />
            </li>
          )}
          {children?.edges.length === 0 && (
            <li>
              <EmptyNote>{t('directory.noSubAreas')}</EmptyNote>
            </li>
          )}
          {byVietnameseName(children?.edges.map(({ node }) => node) ?? []).map((node) => (
            <AreaTreeNode key={node.id} area={node} selectedId={selectedId} onSelect={onSelect} />
          ))}
          {children?.pageInfo.hasNextPage && (
            <li>
              <LoadMoreButton
                onLoadMore={() => fetchMore({ variables: { after: children.pageInfo.endCursor } })}
              />
            </li>
          )}
        </ul>
      )}
    </li>
  );
}
