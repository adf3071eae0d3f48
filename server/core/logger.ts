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

const REDACTED = new Set<string>(REDACTED_FIELDS);
const CENSOR = '[redacted]';

/** A plain object (a literal or `Object.create(null)`), the only kind whose fields are redacted. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * `fields` with each `REDACTED_FIELDS` field's value replaced by `[redacted]`: at the top
 * level, one level down, and in a `headers` object one level down. The caller's objects are
 * never changed: an object is copied only when something in it is redacted. Objects that are
 * not plain (an error, a request) are left to their serializers, which write named fields only.
 */
export function redactFields(fields: Record<string, unknown>): Record<string, unknown> {
  return redactLevel(fields, 0);
}

/** `redactFields` at `depth` (0: the line itself): which nested objects it still enters. */
function redactLevel(fields: Record<string, unknown>, depth: number): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  for (const key in fields) {
    if (!Object.hasOwn(fields, key)) continue;
    const value = fields[key];
    let written = value;
    if (REDACTED.has(key)) written = CENSOR;
    else if ((depth === 0 || (depth === 1 && key === 'headers')) && isPlainObject(value))
      written = redactLevel(value, depth + 1);
    if (written !== value) {
      copy ??= { ...fields };
      copy[key] = written;
    }
  }
  return copy ?? fields;
}

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
    // Not pino's `redact`: its wildcard paths ran on every value of every line and every child
    // logger, a fifth of a small request's CPU (decision 030).
    formatters: { log: redactFields, bindings: redactFields },
    serializers: { err: errorForLog },
    // Which instance wrote the line, when several run behind a load balancer.
    base: { service: 'phoihop', hostname: hostname(), pid: process.pid },
  };
  if (options.destination) return redactingChildren(pino(base, options.destination));
  if (options.pretty && prettyAvailable()) {
    return redactingChildren(
      pino({ ...base, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } } }),
    );
  }
  // Asynchronous writes: a slow reader of standard output (a pipe, a log shipper) must never
  // block the event loop; pino flushes what is buffered when the process exits.
  return redactingChildren(pino(base, pino.destination({ dest: 1, sync: false })));
}

/**
 * `root` whose child loggers' bindings are redacted too: pino applies `formatters.bindings`
 * to the root's own bindings only. Children inherit the root's `child`, so this covers
 * children of children.
 */
function redactingChildren(root: Logger): Logger {
  const child = root.child;
  root.child = function redactedChild(this: Logger, bindings, options) {
    return child.call(this, redactFields(bindings), options);
  } as Logger['child'];
  return root;
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
