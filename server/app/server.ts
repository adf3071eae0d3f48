import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { executorGateway, jitExecutor } from './jit-executor.js';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { servePrecompressed } from './precompressed.js';
import express from 'express';
import type { ExecutionArgs, GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import {
  admitSubscription,
  closeEndedSessions,
  refuseConnection,
  releaseSubscription,
  WS_CLOSE,
  type ConnectionState,
} from './ws-hygiene.js';
import { WebSocketServer } from 'ws';
import { nextSender } from './ws-delivery.js';
import { isProduction } from '../core/config.js';
import type { Context } from '../core/context.js';
import { connectSiblingOrm, projectRoot } from '../core/db/orm.js';
import { subscribeShared } from '../core/live-execution.js';
import {
  bearerToken,
  connectionViewer,
  createContext,
  watchAccessChanges,
  viewerFromToken,
  type ContextDeps,
} from './context-factory.js';
import { formatError, INTERNAL } from './format-error.js';
import { unavailablePlugin } from './unavailable.js';
import { checkDatabase } from '../core/db/readiness.js';
import {
  costLimitPlugin,
  inputChecksPlugin,
  limitedSubscribe,
  limitValidationRules,
  parseOptions,
} from './limits.js';
import { createSchema } from './schema.js';
import { clientAddressOf } from './client-address.js';
import { closeSignInLimiter } from '../modules/users/sign-in-limiter.js';
import { readRoutingPlugin } from './read-routing.js';
import {
  linkContextToResponse,
  requestLogging,
  requestLoggingPlugin,
  responseLogFields,
  webSocketLogging,
} from './request-logging.js';
import { serveMetrics, subscriptionEnded, subscriptionStarted, watchOrmPool } from './metrics.js';
import { silentLogger } from '../core/logger.js';
import { metrics } from '../core/metrics.js';
import { calendarFeedHandler } from '../modules/meetings/calendar/feed.route.js';

/** Largest accepted HTTP request body. */
export const MAX_BODY_BYTES = 100 * 1024;
/** Largest accepted WebSocket message. */
export const MAX_WS_MESSAGE_BYTES = 100 * 1024;
/** Time a WebSocket client has to send `connection_init` before it is closed (4408; graphql-ws's default). */
export const WS_CONNECTION_INIT_TIMEOUT_MS = 3_000;

/** A started HTTP + WebSocket server. */
export interface RunningServer {
  url: string;
  port: number;
  httpServer: Server;
  schema: GraphQLSchema;
  /** The separate metrics port, when `METRICS_PORT` is set. */
  metricsPort?: number;
  /** Stops accepting, lets in-flight requests finish, closes WebSockets properly. */
  stop(): Promise<void>;
}

/** Observation points for tests and metrics. */
export interface ServerHooks {
  /** A WebSocket subscription is set up and will receive events from now on. */
  onSubscribed?: (operationName: string | undefined) => void;
}

/** Logs errors that were masked as INTERNAL_SERVER_ERROR, with the request id the client saw. */
function errorLoggingPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (formatError(error.toJSON(), error).extensions?.code === INTERNAL) {
              contextValue.log.error({ err: error.originalError ?? error }, 'internal error');
            }
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.code === INTERNAL) {
              (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
            }
          }
        },
      };
    },
  };
}

/** A failure's kind for a response body: its error code (`ECONNREFUSED`, `57P01`) or class name, no message. */
function failureReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code)) return code;
  return error instanceof Error ? error.name : 'unknown';
}

/** Errors raised before GraphQL runs (body too large, malformed JSON): JSON, no stack trace. */
const jsonErrorHandler: express.ErrorRequestHandler = (error, req, res, _next) => {
  const status = typeof error?.status === 'number' && error.status < 500 ? error.status : 500;
  const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : INTERNAL;
  responseLogFields(res).errorCodes = [code];
  if (status >= 500) req.log.error({ err: error }, 'request failed before GraphQL');
  res.status(status).json({
    errors: [
      { message: status < 500 ? String(error.message) : 'Internal server error', extensions: { code } },
    ],
  });
};

/** Where `npm run build` puts the web client. */
export const CLIENT_DIST_DIR = path.join(projectRoot, 'client', 'dist');

/** Path prefixes that belong to the server, never to the web client's routes. */
export const SERVER_PATHS = ['/graphql', '/healthz', '/readyz', '/metrics', '/calendar'] as const;

const isServerPath = (p: string) => SERVER_PATHS.some((prefix) => p === prefix || p.startsWith(`${prefix}/`));

/**
 * Serves the built web client from `dir`: its files, as their brotli or gzip
 * copy made at build time when the browser takes it (hashed assets cached for a year,
 * `index.html` never cached), and `index.html` for every other GET that is not a server
 * path and does not name a file, so the client's routes survive a reload.
 */
export function serveClient(app: express.Express, dir: string): void {
  const indexHtml = path.join(dir, 'index.html');
  const setHeaders = (res: express.Response, file: string) => {
    const immutable = file.startsWith(path.join(dir, 'assets') + path.sep);
    res.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  };
  app.use(servePrecompressed(dir, setHeaders));
  app.use(express.static(dir, { index: false, setHeaders }));
  app.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isServerPath(req.path)) return next();
    if (path.posix.basename(req.path).includes('.')) return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(indexHtml);
  });
}

/**
 * Starts Apollo (HTTP) and graphql-ws (WebSocket) on one port and path
 * (`/graphql`), plus `/healthz` and `/readyz`, and the built web client at `/`
 * when `client/dist/index.html` exists.
 */
export async function startServer(
  deps: ContextDeps,
  port: number,
  hooks: ServerHooks = {},
): Promise<RunningServer> {
  const schema = await createSchema(deps.pubsub);
  const logger = deps.logger ?? silentLogger;
  const app = express();
  // req.ip (and clientAddressOf for WebSockets) reads X-Forwarded-For only as far as TRUST_PROXY trusts.
  app.set('trust proxy', deps.config.trustProxy);
  app.use(requestLogging(logger));
  const httpServer = createServer(app);
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: MAX_WS_MESSAGE_BYTES,
  });
  const onSubscribe = limitedSubscribe(schema, { production: isProduction(deps.config) });
  // Live delivery reads through a pool of its own: a fan-out never queues in front of requests.
  const liveOrm =
    deps.liveOrm ?? (await connectSiblingOrm(deps.orm, deps.config.databaseLivePoolMax, 'phoihop-live'));
  const liveDeps: ContextDeps = { ...deps, orm: liveOrm };
  const sessions = closeEndedSessions(deps.pubsub);
  const wsLog = webSocketLogging(logger);
  wsServer.on('connection', (socket, request) => wsLog.opened(socket, request));
  const wsCleanup = useServer<Record<string, unknown>, { viewer?: Context['viewer'] } & ConnectionState>(
    {
      schema,
      // Each event is resolved once per operation and visibility, not once per subscriber.
      subscribe: subscribeShared,
      connectionInitWaitTimeout: WS_CONNECTION_INIT_TIMEOUT_MS,
      onSubscribe: (ctx, id, payload) => {
        const checked = onSubscribe(payload);
        if (Array.isArray(checked)) return checked;
        return admitSubscription(ctx.extra, id, checked as ExecutionArgs) ?? checked;
      },
      onComplete: (ctx, id) => {
        releaseSubscription(ctx.extra, id);
        subscriptionEnded(ctx.extra, id);
      },
      onClose: (ctx, code, reason) => wsLog.closed(ctx.extra.socket, code, reason, ctx.extra.viewer),
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const token = bearerToken(
          params.authorization ?? params.Authorization ?? (params.token ? `Bearer ${params.token}` : null),
        );
        // Every subscription needs a signed-in viewer: refuse before acknowledging.
        if (!token) return refuseConnection(ctx.extra.socket, WS_CLOSE.NO_TOKEN);
        try {
          ctx.extra.viewer = await connectionViewer(liveDeps, token);
        } catch (error) {
          // The database cannot answer now: a close that clients retry, not graphql-ws's fatal 4500.
          logger.warn({ err: error }, 'WebSocket connection refused: the viewer could not be loaded');
          return refuseConnection(ctx.extra.socket, WS_CLOSE.TRY_AGAIN_LATER);
        }
        if (!ctx.extra.viewer) return refuseConnection(ctx.extra.socket, WS_CLOSE.BAD_TOKEN);
        if (ctx.extra.viewer.sessionId) sessions.register(ctx.extra.viewer.sessionId, ctx.extra.socket);
        return true;
      },
      context: (ctx, id) => {
        const context = createContext(
          liveDeps,
          ctx.extra.viewer ?? null,
          undefined,
          clientAddressOf(app, ctx.extra.request),
        );
        // Subscription results are written to the socket directly (ws-delivery.ts); onNext is for the others.
        context.liveOutput = nextSender(ctx.extra.socket, id);
        return context;
      },
      onOperation: (ctx, id, payload, _args, result) => {
        subscriptionStarted(ctx.extra, id, result);
        hooks.onSubscribed?.(payload.operationName ?? undefined);
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e)),
      onNext: (_ctx, _id, _payload, _args, result) => {
        metrics.deliveries.inc();
        return result.errors
          ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) }
          : result;
      },
    },
    wsServer,
    // graphql-ws's keep-alive: pings every interval, drops a socket whose pong is that late.
    deps.config.wsKeepAliveMs,
  );

  const apollo = new ApolloServer<Context>({
    gateway: executorGateway(schema, jitExecutor(schema, deps.config.graphqlJitAfter)),
    introspection: !isProduction(deps.config),
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: isProduction(deps.config),
    csrfPrevention: true,
    formatError,
    validationRules: [...limitValidationRules],
    parseOptions,
    // Apollo's default appends a newline: the answer becomes a string of two parts, which turning
    // it into bytes first copies whole (about 5 ms for the 900 KB shared-plans page; decision 033).
    stringifyResult: (result) => JSON.stringify(result),
    plugins: [
      // The default cache-control plugin hooks every resolved field (unused: no HTTP caching of GraphQL).
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      errorLoggingPlugin(),
      requestLoggingPlugin(),
      unavailablePlugin(),
      inputChecksPlugin(),
      costLimitPlugin(),
      readRoutingPlugin(deps.orm, deps.config),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();
  const stopWatchingAccess = watchAccessChanges(deps.pubsub);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/calendar/:token.ics', calendarFeedHandler(deps.orm));
  app.get('/readyz', async (req, res) => {
    try {
      await checkDatabase(deps.orm);
      res.json({ status: 'ready' });
    } catch (error) {
      // The cause goes to the log; the body says only what kind of failure it was.
      req.log.warn({ err: error }, 'not ready: database unreachable');
      res.status(503).json({ status: 'database unreachable', reason: failureReason(error) });
    }
  });
  const metricsEndpoint = await serveMetrics(deps.config, logger);
  if (metricsEndpoint.route) app.get('/metrics', metricsEndpoint.route);
  const stopWatchingPool = await watchOrmPool(deps.orm);
  // GraphQL answers go out without an ETag: Express would hash every answer (about 0.5 ms for
  // the 900 KB shared-plans page) for a header that no POST can use; a mounted app inherits the
  // rest of the settings (`trust proxy`) from `app`.
  const graphqlApp = express().set('etag', false);
  app.use('/graphql', graphqlApp);
  graphqlApp.use(
    express.json({ limit: MAX_BODY_BYTES }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const context = createContext(
          deps,
          await viewerFromToken(deps, bearerToken(req.headers.authorization)),
          String(req.id),
          req.ip ?? null,
          req.log,
        );
        linkContextToResponse(context, res);
        return context;
      },
    }),
  );

  if (existsSync(path.join(CLIENT_DIST_DIR, 'index.html'))) serveClient(app, CLIENT_DIST_DIR);

  app.use(jsonErrorHandler);

  await new Promise<void>((resolve) => httpServer.listen(port, resolve));
  const actualPort = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://localhost:${actualPort}/graphql`,
    port: actualPort,
    httpServer,
    schema,
    metricsPort: metricsEndpoint.port,
    stop: async () => {
      stopWatchingPool();
      await metricsEndpoint.stop();
      stopWatchingAccess();
      sessions.stop();
      await apollo.stop();
      await closeSignInLimiter(deps.config);
      if (!deps.liveOrm) await liveOrm.close();
    },
  };
}
