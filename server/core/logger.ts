import { createRequire } from 'node:module';
import { hostname } from 'node:os';
import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';

/** The process's structured logger (pino): one JSON object per line. */
export type Logger = PinoLogger;

/**
 * Fields never written to a log line, wherever they appear (top level or one level down):
 * credentials, personal data and GraphQL variables (which carry both). Their value becomes
 * `[redacted]`. Request lines hold no headers or bodies in the first place (see
 * `request-logging.ts`); this is the second line of defence for everything else.
 */
export const REDACTED_FIELDS = [
  'authorization',
  'cookie',
  'set-cookie',
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'accessToken',
  'refreshToken',
  'tokenSecret',
  'secret',
  'email',
  'phone',
  'variables',
  'connectionParams',
  'petitioner',
  'petitioners',
] as const;

const REDACT_PATHS = REDACTED_FIELDS.flatMap((field) => [
  `["${field}"]`,
  `*["${field}"]`,
  `*.headers["${field}"]`,
]);

/** What a log line shows of an error. */
export interface LoggedError {
  type: string;
  message: string;
  stack?: string;
  code?: string;
  constraint?: string;
  cause?: LoggedError;
}

/**
 * An error as logged: its class, message, stack, code and constraint name — not every
 * property, since database errors carry a `detail` with the row's values (personal data).
 */
export function errorForLog(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error) };
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  return {
    type: error.name,
    message: error.message,
    stack: error.stack,
    code: typeof code === 'string' ? code : undefined,
    constraint: typeof constraint === 'string' ? constraint : undefined,
    cause: error.cause !== undefined && depth < 3 ? errorForLog(error.cause, depth + 1) : undefined,
  };
}

/** Options of `createLogger`. */
export interface LoggerOptions {
  /** pino level (`LOG_LEVEL`): fatal, error, warn, info, debug, trace or silent. */
  level: string;
  /** Human-readable output through pino-pretty (development only; ignored when it is not installed). */
  pretty?: boolean;
  /** Where lines go (tests capture them); standard output by default. */
  destination?: DestinationStream;
}

function prettyAvailable(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

/** The root logger: JSON lines with redaction; pretty-printed only when asked and available. */
export function createLogger(options: LoggerOptions): Logger {
  const base = {
    level: options.level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: { err: errorForLog },
    // Which instance wrote the line, when several run behind a load balancer.
    base: { service: 'phoihop', hostname: hostname(), pid: process.pid },
  };
  if (options.destination) return pino(base, options.destination);
  if (options.pretty && prettyAvailable()) {
    return pino({
      ...base,
      transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } },
    });
  }
  // Asynchronous writes: a slow reader of standard output (a pipe, a log shipper) must never
  // block the event loop; pino flushes what is buffered when the process exits.
  return pino(base, pino.destination({ dest: 1, sync: false }));
}

/** The root logger for a configuration: `LOG_LEVEL`, pretty output only in development. */
export function loggerFor(
  config: { logLevel: string; nodeEnv: string },
  destination?: DestinationStream,
): Logger {
  return createLogger({ level: config.logLevel, pretty: config.nodeEnv === 'development', destination });
}

/** A logger that writes nothing (for tools and tests that do not look at logs). */
export const silentLogger: Logger = pino({ level: 'silent' });
