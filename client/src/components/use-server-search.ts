import { useQuery } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useDebouncedValue } from '@mantine/hooks';
import { MIN_SEARCH_LENGTH } from './SearchPicker';

/**
 * Runs a directory search query (`$search: String!`) on what the user typed,
 * debounced, once it is long enough; `optionsOf` turns its answer into options.
 * Still typing (the debounced text lags behind) counts as loading, not as "nothing found".
 */
export function useServerSearch<TData, TOption>(
  query: TypedDocumentNode<TData, { search: string }>,
  search: string,
  optionsOf: (data: TData) => TOption[],
): { options: TOption[]; loading: boolean } {
  const typed = search.trim();
  const [debounced] = useDebouncedValue(typed, 250);
  const short = debounced.length < MIN_SEARCH_LENGTH;
  const { data, loading } = useQuery(query, { variables: { search: debounced }, skip: short });
  return {
    options: short || !data ? [] : optionsOf(data),
    loading: loading || debounced !== typed,
  };
}
