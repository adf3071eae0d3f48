import {
  DefaultLogger,
  type LogContext,
  type LoggerNamespace,
  type LoggerOptions,
  type Options,
} from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import { metrics } from '../metrics.js';

/**
 * MikroORM's logger with two additions: every statement's duration goes to
 * `phoihop_db_statement_duration_seconds` (whether or not query logging is on), and
 * warnings and errors (e.g. "PostgreSQL connection error") go to the process log when
 * one is given. Debug output (`debug: ['query']`) still goes to MikroORM's writer.
 */
export class OrmLogger extends DefaultLogger {
  constructor(
    options: LoggerOptions,
    private readonly processLog?: Logger,
  ) {
    super(options);
  }

  override logQuery(context: { query: string } & LogContext): void {
    if (typeof context.took === 'number' && context.namespace !== 'slow-query') {
      metrics.statementDuration.observe(context.took / 1000);
    }
    super.logQuery(context);
  }

  override log(namespace: LoggerNamespace, message: string, context?: LogContext): void {
    const level = context?.level;
    if (this.processLog && (level === 'warning' || level === 'error')) {
      this.processLog[level === 'error' ? 'error' : 'warn']({ namespace }, message);
      return;
    }
    super.log(namespace, message, context);
  }
}

/**
 * Writes a statement slower than the threshold as one warning: the SQL with its
 * placeholders (never the parameters, which may hold personal data) and its duration.
 */
function slowQueryLogger(log: Logger): OrmLogger {
  const logger = new OrmLogger({ writer: () => {} });
  logger.logQuery = (context) => {
    metrics.slowStatements.inc();
    log.warn(
      { durationMs: context.took, sql: context.query, failed: context.level === 'error' || undefined },
      'slow query',
    );
  };
  return logger;
}

/**
 * MikroORM options that send its warnings to `log` and log every statement taking
 * `slowQueryMs` or longer (MikroORM's `slowQueryThreshold`).
 */
export function ormLogging(log: Logger, slowQueryMs: number): Partial<Options> {
  return {
    loggerFactory: (options) => new OrmLogger(options, log),
    slowQueryThreshold: slowQueryMs,
    slowQueryLoggerFactory: () => slowQueryLogger(log),
  };
}
