import { unwrapResolverError } from '@apollo/server/errors';
import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { isDatabaseConflict, isDatabaseUnavailable } from '../core/db/failures.js';
import { DomainError, ErrorCode } from '../core/errors.js';

/** Code of masked, unexpected errors. */
export const INTERNAL = 'INTERNAL_SERVER_ERROR';

/** `extensions.code` for each domain error code. Exhaustive: a new code must be mapped here. */
const CODE_FOR: { [K in ErrorCode]: string } = {
  [ErrorCode.BAD_USER_INPUT]: 'BAD_USER_INPUT',
  [ErrorCode.NOT_FOUND]: 'NOT_FOUND',
  [ErrorCode.CONFLICT]: 'CONFLICT',
  [ErrorCode.UNAUTHENTICATED]: 'UNAUTHENTICATED',
  [ErrorCode.FORBIDDEN]: 'FORBIDDEN',
  [ErrorCode.RATE_LIMITED]: 'RATE_LIMITED',
  [ErrorCode.SERVICE_UNAVAILABLE]: 'SERVICE_UNAVAILABLE',
};

/**
 * Turns any error into what the client sees: typed domain errors keep their
 * message and code; a lost race with a concurrent change is CONFLICT; a
 * database that cannot serve now (pool wait, statement or lock timeout,
 * outage) is SERVICE_UNAVAILABLE (HTTP 503, see `unavailablePlugin`);
 * anything unexpected becomes `INTERNAL_SERVER_ERROR` with the request id
 * (added by `errorLoggingPlugin`), the details going to the server log only.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: CODE_FOR[original.code], ...original.details },
    };
  }
  if (original instanceof ArgumentValidationError) {
    const fields = original.extensions.validationErrors?.map((e) => e.property) ?? [];
    return { ...base, message: 'invalid input', extensions: { code: 'BAD_USER_INPUT', fields } };
  }
  if (isDatabaseConflict(original)) {
    return {
      ...base,
      message: 'the record was changed by someone else; reload and retry',
      extensions: { code: 'CONFLICT' },
    };
  }
  if (isDatabaseUnavailable(original)) {
    return {
      ...base,
      message: 'the service is overloaded or its database is unavailable; retry shortly',
      extensions: { code: CODE_FOR[ErrorCode.SERVICE_UNAVAILABLE] },
    };
  }
  if (original instanceof UniqueConstraintViolationException) {
    return {
      ...base,
      message: 'a record with the same unique value exists',
      extensions: { code: 'CONFLICT' },
    };
  }
  const code = formatted.extensions?.code;
  if (!formatted.path && typeof code === 'string' && code !== INTERNAL) {
    // Raised by parsing, validation or variable coercion, before any resolver ran.
    return { ...base, extensions: { code } };
  }
  if (original instanceof GraphQLError && !formatted.path && !original.originalError) {
    return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
  }
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: INTERNAL },
  };
}
