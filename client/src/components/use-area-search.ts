import { type FragmentType, getFragmentData, graphql } from '../gql';
import type { AreaLevel } from '../gql/graphql';
import { useServerSearch } from './use-server-search';

/** What the area picker shows of an area (and the forms start from). */
export const AreaOptionFields = graphql(`
  fragment AreaOptionFields on AdministrativeArea {
    id
    name
    level
    parent { id name }
  }
`);

const AreaOptionsQuery = graphql(`
  query AreaOptions($search: String!) {
    areas(filter: { search: $search }, first: 10) { edges { node { ...AreaOptionFields } } }
  }
`);

/** An administrative area offered by the area picker. */
export interface AreaOption {
  id: string;
  name: string;
  /** Its parent's name, to tell two communes of the same name apart. */
  parentName?: string | null;
}

/** An area as the picker offers it, with its level. */
export function areaOption(fields: FragmentType<typeof AreaOptionFields>): AreaOption & { level: AreaLevel } {
  const area = getFragmentData(AreaOptionFields, fields);
  return { id: area.id, name: area.name, level: area.level, parentName: area.parent?.name ?? null };
}

/** Administrative areas matching `search` (diacritics optional), for the area picker. */
export function useAreaSearch(search: string) {
  return useServerSearch(AreaOptionsQuery, search, (data): AreaOption[] =>
    data.areas.edges.map(({ node }) => areaOption(node)),
  );
}
