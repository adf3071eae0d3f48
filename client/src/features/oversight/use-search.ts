import { useUrlParams } from '../../app/use-url-params';

/** A read-only list's search, kept in the URL (`?q=…`); an empty text removes it. */
export function useSearch(): [string, (value: string) => void] {
  const { get, set } = useUrlParams<'q'>();
  return [get('q') ?? '', (value) => set('q', value || null)];
}
