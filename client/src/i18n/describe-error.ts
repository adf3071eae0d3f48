import { CombinedGraphQLErrors, ServerError, ServerParseError, type ErrorLike } from '@apollo/client';

/** The server's `extensions.code` values, plus what can go wrong before an answer arrives. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'NETWORK',
  'UNKNOWN',
] as const;

/** One of `ERROR_CODES`; each has a message under `errors.<code>` in the locale files. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What the interface needs to explain an error in plain words. */
export interface DescribedError {
  code: ErrorCode;
  /** Set for INTERNAL_SERVER_ERROR: quote it to support, it matches the server log. */
  requestId?: string;
  /** The input field the server refused (`extensions.field`, e.g. "title"), when it names one. */
  field?: string;
}

/** Codes told by the HTTP status alone, when the answer carries no GraphQL errors. */
const STATUS_CODES: Partial<Record<number, ErrorCode>> = { 429: 'RATE_LIMITED', 503: 'SERVICE_UNAVAILABLE' };

const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);

/**
 * Maps an Apollo error to one code of `ERROR_CODES` (the first GraphQL error's
 * `extensions.code`, with `extensions.field` when it names an input field; a transport
 * failure is NETWORK, or what its HTTP status says), never to the server's raw message,
 * which is English and meant for developers.
 */
export function describeError(error: ErrorLike): DescribedError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = first?.extensions?.code;
    const requestId = first?.extensions?.requestId;
    const field = first?.extensions?.field;
    return {
      code: isErrorCode(code) ? code : 'UNKNOWN',
      ...(typeof requestId === 'string' ? { requestId } : {}),
      ...(typeof field === 'string' ? { field } : {}),
    };
  }
  if (ServerError.is(error) || ServerParseError.is(error)) {
    return { code: STATUS_CODES[error.statusCode] ?? 'NETWORK' };
  }
  if (error instanceof TypeError) return { code: 'NETWORK' };
  return { code: 'UNKNOWN' };
}
