import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** The directory's state, kept in the URL (`?q=…&area=…`) so it survives reloads and can be shared. */
export interface DirectoryParams {
  search: string;
  areaId: string | null;
  setSearch: (search: string) => void;
  setAreaId: (areaId: string | null) => void;
}

/** Reads and writes the directory's search text and area filter in the URL. */
export function useDirectoryParams(): DirectoryParams {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (key: 'q' | 'area', value: string | null) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return {
    search: params.get('q') ?? '',
    areaId: params.get('area'),
    setSearch: useCallback((search: string) => update('q', search.trim() || null), [update]),
    setAreaId: useCallback((areaId: string | null) => update('area', areaId), [update]),
  };
}
