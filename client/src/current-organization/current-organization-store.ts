const STORAGE_KEY = 'phoihop.organization';

type Listener = () => void;

const read = (): string | null => {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
};

let chosen: string | null = read();
const listeners = new Set<Listener>();

/**
 * The organization the viewer works for in this tab ("Cơ quan của tôi"), remembered in
 * `sessionStorage` like the session itself.
 */
export const currentOrganizationStore = {
  get: (): string | null => chosen,
  set(id: string): void {
    chosen = id;
    try {
      sessionStorage.setItem(STORAGE_KEY, id);
    } catch {
      // Remembered in memory only.
    }
    for (const listener of listeners) listener();
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
