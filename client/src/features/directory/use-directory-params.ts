import { useCallback } from 'react';
import { useUrlParams } from '../../app/use-url-params';

/** The directory's state, kept in the URL (`?q=…&area=…`) so it survives reloads and can be shared. */
export interface DirectoryParams {
  search: string;
  areaId: string | null;
  setSearch: (search: string) => void;
  setAreaId: (areaId: string | null) => void;
}

/** Reads and writes the directory's search text and area filter in the URL. */
export function useDirectoryParams(): DirectoryParams {
  const { get, set } = useUrlParams<'q' | 'area'>();
  return {
    search: get('q') ?? '',
    areaId: get('area'),
    setSearch: useCallback((search: string) => set('q', search.trim() || null), [set]),
    setAreaId: useCallback((areaId: string | null) => set('area', areaId), [set]),
  };
}
