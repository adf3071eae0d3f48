import { useEffect, useRef } from 'react';

/** A ref always holding the latest `value` (for callbacks run by long-lived subscriptions). */
export function useLatest<T>(value: T) {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}
