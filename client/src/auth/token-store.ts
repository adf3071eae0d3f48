/** What a sign-in or a refresh hands back (the `AuthPayload` fields). */
export interface Session {
  accessToken: string;
  /** ISO instant after which the access token is refused (15 minutes after issue). */
  accessTokenExpiresAt: string;
  /** Single-use: every refresh returns a new one. */
  refreshToken: string;
}

const STORAGE_KEY = 'phoihop.session';

type Listener = () => void;

/** Why the last session ended: the user signed out, or the server refused to renew it. */
export type SessionEnd = 'signedOut' | 'expired';

/**
 * Holds the signed-in session in memory and mirrors it in `sessionStorage`, so a
 * reload keeps the user signed in while a new tab (or a closed browser) does not.
 * Tokens are never written to `localStorage` or cookies.
 */
class TokenStore {
  private session: Session | null = readStored();
  private end: SessionEnd | null = null;
  private readonly listeners = new Set<Listener>();

  /** The current session, or null when signed out. */
  get(): Session | null {
    return this.session;
  }

  /** Why the last session ended; null while signed in or before any session. */
  get endedBy(): SessionEnd | null {
    return this.session ? null : this.end;
  }

  /** Replaces the session (after sign-in or refresh) and tells the listeners. */
  set(session: Session): void {
    this.session = session;
    this.end = null;
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    } catch {
      // Storage full or blocked: the session still lives in memory.
    }
    this.emit();
  }

  /** Forgets the session (sign-out, or a refresh the server refused). */
  clear(reason: SessionEnd = 'signedOut'): void {
    if (!this.session) return;
    this.session = null;
    this.end = reason;
    try {
      sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      // Nothing stored.
    }
    this.emit();
  }

  /** True when the access token is missing or expires within `marginMs`. */
  accessTokenExpiresSoon(marginMs = 30_000): boolean {
    if (!this.session) return true;
    return Date.parse(this.session.accessTokenExpiresAt) - Date.now() < marginMs;
  }

  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

function readStored(): Session | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Session>;
    return value.accessToken && value.refreshToken && value.accessTokenExpiresAt ? (value as Session) : null;
  } catch {
    return null;
  }
}

/** The one token store of the app. */
export const tokenStore = new TokenStore();
