import { createHash } from 'node:crypto';
import { Role, type ViewerAccess } from './access.js';

const fingerprints = new WeakMap<ViewerAccess, string>();

/**
 * Every role of an access, hashed: two accesses with the same fingerprint answer every
 * question alike. Computed once per access (a connection keeps 28 characters, not its reach).
 */
export function accessFingerprint(access: ViewerAccess): string {
  let known = fingerprints.get(access);
  if (known === undefined) {
    const roles = access.organizationIds(Role.VIEWER).map((id) => `${id}:${access.roleOn(id)}`);
    known = createHash('sha1')
      .update(`${access.isSystemAdmin}|${roles.toSorted().join(',')}`)
      .digest('base64');
    fingerprints.set(access, known);
  }
  return known;
}

/** Accesses in use by long-lived connections, by holder and fingerprint; forgotten once unused. */
const interned = new Map<string, WeakRef<ViewerAccess>>();
const forget = new FinalizationRegistry<string>((key) => {
  if (!interned.get(key)?.deref()) interned.delete(key);
});

/**
 * The one access object kept for every connection of `holder` (a user or API token id)
 * whose roles are those of `access`: a viewer with thousands of organizations in reach and
 * hundreds of open connections holds its roles once, not once per connection.
 */
export function internAccess(holder: string, access: ViewerAccess): ViewerAccess {
  const key = `${holder}:${accessFingerprint(access)}`;
  const existing = interned.get(key)?.deref();
  if (existing) return existing;
  interned.set(key, new WeakRef(access));
  forget.register(access, key);
  return access;
}
