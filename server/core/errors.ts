import { type EnumMember, stringEnum } from './enums.js';

/**
 * Every error a command may raise on purpose. `formatError` maps each code to
 * `extensions.code`; the mapping is exhaustive, so adding a code here fails the
 * build until it is mapped.
 * - `SERVICE_UNAVAILABLE`: Overloaded or a dependency (the database) is unavailable: retry later
 *   (HTTP 503 with Retry-After).
 */
export const ErrorCode = stringEnum(
  'BAD_USER_INPUT NOT_FOUND CONFLICT UNAUTHENTICATED FORBIDDEN RATE_LIMITED SERVICE_UNAVAILABLE',
);
/** A member of {@link ErrorCode}. */
export type ErrorCode = EnumMember<typeof ErrorCode>;

/** A failure the caller can act on: a rule of the domain or bad input. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Optional machine-readable details, e.g. the offending field. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Shorthand for a `NOT_FOUND` error about a record of `type`. */
export const notFound = (type: string, id?: string): DomainError =>
  new DomainError(ErrorCode.NOT_FOUND, `${type} not found`, id ? { id } : {});

/** Shorthand for a `BAD_USER_INPUT` error about `field`. */
export const badInput = (field: string, message: string): DomainError =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, { field });

/** Shorthand for a `CONFLICT` error (a rule about the current state). */
export const conflict = (message: string, details: Record<string, unknown> = {}): DomainError =>
  new DomainError(ErrorCode.CONFLICT, message, details);

/**
 * A status machine's rule: throws CONFLICT (on `status`, with `from` and the
 * `allowed` next statuses) unless `transitions` lets a `what` go from `from` to `to`.
 */
export function assertStatusChange<S extends string>(
  transitions: Record<S, readonly S[]>,
  from: S,
  to: S,
  what: string,
): void {
  if (!transitions[from].includes(to)) {
    throw conflict(`a ${from} ${what} cannot become ${to}`, {
      field: 'status',
      from,
      allowed: transitions[from],
    });
  }
}
