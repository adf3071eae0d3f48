import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { pinoHttp, type HttpLogger } from 'pino-http';
import type { Context, Viewer } from '../core/context.js';
import { errorForLog, type Logger } from '../core/logger.js';
import { metrics, operationLabel } from '../core/metrics.js';

/** Header carrying the request id, read from the client (or its proxy) and always returned. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** A client-supplied request id is kept only when it is short and plain (it ends up in logs and audit records, 64 characters). */
const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** What the GraphQL layer adds to a request's log line. */
export interface GraphqlLogFields {
  operationName?: string;
  operationType?: string;
  userId?: string;
  apiTokenId?: string;
  organizationId?: string;
  errorCodes?: string[];
}

const fieldsKey = Symbol('graphqlLogFields');
type WithFields = { [fieldsKey]?: GraphqlLogFields };

/** The log fields of a response, created on first use. */
export function responseLogFields(res: ServerResponse): GraphqlLogFields {
  const holder = res as WithFields;
  holder[fieldsKey] ??= {};
  return holder[fieldsKey];
}

/**
 * Ties a GraphQL context to its HTTP response, so the plugin can fill the response's log
 * line. A symbol property, not a WeakMap: Apollo runs each operation on a shallow copy of
 * the context, which keeps it.
 */
export function linkContextToResponse(ctx: Context, res: ServerResponse): void {
  (ctx as WithFields)[fieldsKey] = responseLogFields(res);
}

/** The request id: the client's `X-Request-Id` when acceptable, else a new UUID; returned as a header. */
function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers[REQUEST_ID_HEADER];
  const id = typeof given === 'string' && ACCEPTED_REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

/** The path without its query string, and with secrets in paths (calendar feed tokens) hidden. */
export function loggablePath(url: string | undefined): string {
  const path = (url ?? '').split('?')[0];
  return path.replace(/^\/calendar\/[^/]+$/, '/calendar/[redacted]');
}

/**
 * One JSON line per HTTP request when it ends: request id, method, path (no query
 * string, no headers, no body), status, duration, and for GraphQL the operation, the
 * acting user or API token and its organization, and the error codes. Health checks
 * and metric scrapes are not logged.
 */
export function requestLogging(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId: requestId,
    quietReqLogger: true,
    // The serializers get the request, response and error themselves (not pino's standard
    // copies), so an error logged through the request's logger keeps its stack.
    wrapSerializers: false,
    customAttributeKeys: { reqId: 'reqId', responseTime: 'durationMs' },
    serializers: {
      req: (req: { method?: string; url?: string }) => ({ method: req.method, path: loggablePath(req.url) }),
      res: (res: { statusCode?: number }) => ({ status: res.statusCode }),
      err: errorForLog,
    },
    // The GraphQL fields go into the line itself: pino-http's `customProps` would make two more
    // child loggers per request.
    customSuccessObject: (_req, res, line) => ({ ...line, ...responseLogFields(res) }),
    customErrorObject: (_req, res, _error, line) => ({ ...line, ...responseLogFields(res) }),
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request failed',
    autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/metrics' },
  });
}

/**
 * Fills the request's log line and the request metrics: operation name and type, the
 * viewer (user id; for an API token its id and organization — never names, emails or
 * tokens), the error codes returned, and the duration by operation.
 */
export function requestLoggingPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      const fields = (contextValue as WithFields)[fieldsKey] ?? {};
      return {
        async didResolveOperation({ operationName, operation }) {
          fields.operationName = operationName ?? undefined;
          fields.operationType = operation?.operation;
        },
        async willSendResponse({ response, contextValue: ctx }) {
          Object.assign(fields, viewerFields(ctx.viewer));
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN'));
          for (const code of codes) metrics.graphqlErrors.inc({ code });
          if (codes.length) fields.errorCodes = [...new Set(codes)];
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.requestDuration.observe(
            {
              operation_name: operationLabel(fields.operationName),
              operation_type: fields.operationType ?? 'unknown',
            },
            seconds,
          );
        },
      };
    },
  };
}

/** The identity of a viewer as logs show it: ids only. */
function viewerFields(viewer: Viewer | null | undefined): GraphqlLogFields {
  return {
    userId: viewer?.userId ?? undefined,
    apiTokenId: viewer?.apiTokenId ?? undefined,
    organizationId: viewer?.organizationId ?? undefined,
  };
}

/**
 * Logs WebSocket connections (opened; closed with the close code, the viewer and how
 * long it lasted) and keeps `phoihop_websocket_connections`. The connection's id is the
 * upgrade request's `X-Request-Id` when acceptable, else a new UUID.
 */
export function webSocketLogging(logger: Logger) {
  const open = new WeakMap<object, { log: Logger; since: number }>();
  return {
    /** A socket was accepted (the `ws` server's `connection` event). */
    opened(socket: object, request: IncomingMessage): void {
      const given = request.headers[REQUEST_ID_HEADER];
      const reqId = typeof given === 'string' && ACCEPTED_REQUEST_ID.test(given) ? given : randomUUID();
      const log = logger.child({ reqId });
      open.set(socket, { log, since: Date.now() });
      metrics.websocketConnections.inc();
      log.info({ event: 'ws.open' }, 'websocket opened');
    },
    /** The socket closed (graphql-ws's `onClose`), with its close code. */
    closed(
      socket: object,
      code: number | undefined,
      reason: string | undefined,
      viewer?: Viewer | null,
    ): void {
      const entry = open.get(socket);
      if (!entry) return;
      open.delete(socket);
      metrics.websocketConnections.dec();
      entry.log.info(
        {
          event: 'ws.close',
          code,
          reason: reason ? reason.slice(0, 100) : undefined,
          durationMs: Date.now() - entry.since,
          ...viewerFields(viewer),
        },
        'websocket closed',
      );
    },
  };
}
