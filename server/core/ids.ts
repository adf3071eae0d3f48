import { badInput } from './errors.js';

/**
 * Global IDs (Relay): `base64url("<Type>:<uuid>")`. Opaque to clients, and
 * they carry the type so `node(id)` can dispatch.
 */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Decodes a global ID; returns `null` when it is not one. */
export function parseGlobalId(globalId: string): { type: string; id: string } | null {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return null;
  const type = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  return UUID.test(id) ? { type, id } : null;
}

/**
 * Decodes a global ID that must name a record of `type`; throws
 * `BAD_USER_INPUT` on a malformed ID or one of another type.
 */
export function fromGlobalId(globalId: string, type: string, field = 'id'): string {
  const parsed = parseGlobalId(globalId);
  if (!parsed || parsed.type !== type) throw badInput(field, `${field} is not a valid ${type} ID`);
  return parsed.id;
}

/** `fromGlobalId` of an optional argument: null when it is absent (null, undefined or ''). */
export function optionalGlobalId(
  globalId: string | null | undefined,
  type: string,
  field = 'id',
): string | null {
  return globalId ? fromGlobalId(globalId, type, field) : null;
}
