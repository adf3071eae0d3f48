import { useSyncExternalStore } from 'react';
import { type Session, tokenStore } from './token-store';

const subscribe = (listener: () => void) => tokenStore.subscribe(listener);
const snapshot = () => tokenStore.get();

/** The signed-in session (re-renders on sign-in, refresh and sign-out), or null. */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, snapshot);
}
