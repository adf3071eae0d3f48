import type { IncomingMessage } from 'node:http';
import type express from 'express';

/**
 * The client's address for `request` by the app's `trust proxy` setting (`TRUST_PROXY`):
 * express's own `req.ip` rule (proxy-addr), for a request that express does not route
 * — the WebSocket upgrade — so HTTP and WebSocket see the same address. Without
 * `TRUST_PROXY`, `X-Forwarded-For` is ignored and the socket's peer is the client.
 */
export function clientAddressOf(app: express.Express, request: IncomingMessage): string | null {
  const asExpressRequest: express.Request = Object.create(app.request, {
    headers: { value: request.headers },
    socket: { value: request.socket },
  });
  return asExpressRequest.ip ?? null;
}
