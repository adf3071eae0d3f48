import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A screen's state kept in the URL's query string (so it survives reloads and can be shared):
 * `get` reads a parameter, `pick` reads one only if it is among `allowed`, `set` writes or
 * (with null or '') removes one, replacing the history entry.
 */
export function useUrlParams<Key extends string>() {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (key: Key, value: string | null) =>
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
  const get = (key: Key): string | null => params.get(key);
  const pick = <T extends string>(key: Key, allowed: readonly T[]): T | null =>
    allowed.find((item) => item === params.get(key)) ?? null;
  return { get, pick, set };
}
