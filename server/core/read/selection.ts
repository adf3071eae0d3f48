import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function selectsIn(
  set: SelectionSetNode | undefined,
  name: string,
  fragments: Record<string, FragmentDefinitionNode>,
): boolean {
  if (!set) return false;
  return set.selections.some((selection) => {
    if (selection.kind === 'Field') return selection.name.value === name;
    if (selection.kind === 'InlineFragment') return selectsIn(selection.selectionSet, name, fragments);
    const fragment = fragments[selection.name.value];
    return !!fragment && selectsIn(fragment.selectionSet, name, fragments);
  });
}

/**
 * True when the client selected field `name` directly under the field being
 * resolved (through fragments too), e.g. whether a connection's `totalCount`
 * must be counted. Directives (`@skip`) are ignored: at worst a count too many.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => selectsIn(node.selectionSet, name, info.fragments));
}
