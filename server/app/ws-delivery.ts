import type { ExecutionResult } from 'graphql';
import { MessageType } from 'graphql-ws';
import type { WebSocket } from 'ws';
import { missedEvents } from '../core/live-topics.js';
import { metrics } from '../core/metrics.js';
import { formatError } from './format-error.js';

/** Bytes a socket may have waiting to be sent before the next deliveries to it are dropped (it does not drain). */
export const MAX_BUFFERED_BYTES = 1024 * 1024;

/** The JSON of each result handed out, by result: a result shared by subscribers is serialized once. */
const payloads = new WeakMap<ExecutionResult, string>();

/** A result's `next` payload as graphql-ws sends it (errors formatted as over HTTP), serialized once. */
function payloadJson(result: ExecutionResult): string {
  let json = payloads.get(result);
  if (json === undefined) {
    const errors = result.errors?.map((e) => formatError(e.toJSON(), e));
    json = JSON.stringify(errors ? { ...result, errors } : result);
    payloads.set(result, json);
  }
  return json;
}

/**
 * The direct output of subscription `id` on `socket` (a context's `liveOutput`): writes each
 * result as graphql-ws's `next` message, `{"id":…,"type":"next","payload":…}`, the payload's
 * bytes shared by every subscriber of the result and only the id their own. A socket that
 * has closed gets nothing; one that does not drain misses deliveries (`missedEvents`).
 */
export function nextSender(socket: WebSocket, id: string): (result: ExecutionResult) => void {
  const head = `{"id":${JSON.stringify(id)},"type":"${MessageType.Next}","payload":`;
  return (result) => {
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      missedEvents.count++;
      return;
    }
    socket.send(`${head}${payloadJson(result)}}`);
    metrics.deliveries.inc();
  };
}
