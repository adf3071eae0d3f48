import { ApolloLink } from '@apollo/client';
import { map } from 'rxjs';

/** `value` with every string in it NFC-normalized (objects and arrays copied only where needed). */
export function normalizeStrings<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(normalizeStrings) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeStrings(v)])) as T;
  }
  return value;
}

/**
 * Every string the API answers, NFC-normalized before the cache and the
 * screens see it: text written elsewhere in NFD ("Lạng Sơn" as base letters
 * and combining marks) shows, compares and sorts like the rest.
 */
export const nfcLink = new ApolloLink((operation, forward) =>
  forward(operation).pipe(
    map((result) => (result.data ? { ...result, data: normalizeStrings(result.data) } : result)),
  ),
);
