import { createSourceEventStream, type ExecutionArgs, type ExecutionResult, execute, print } from 'graphql';
import type { ViewerAccess } from './access.js';
import { accessFingerprint as fingerprint } from './access-fingerprint.js';
import type { Context, Viewer } from './context.js';
import { pushEvents } from './live-topics.js';
import { observeDeliveryLag } from './metrics.js';

/**
 * One execution of a subscription's selection for one event, and what it read of the
 * subscriber it ran for: the viewer's fields and the questions asked of its access, with
 * their answers. Another subscriber of the same operation whose viewer and access give the
 * same answers (replayed in memory) gets the same result (docs/decisions/017).
 */
interface SharedExecution {
  reads: Map<string, Read>;
  result: Promise<ExecutionResult>;
  /** Resolves when the execution has ended, whether it failed or not (one promise shared by its waiters). */
  ended: Promise<void>;
  /** The result once the execution has ended (then handed out without waiting). */
  settled?: { value: ExecutionResult } | { error: unknown };
  /** The signature of its own answers, once it has ended. */
  signature?: string;
  /** Signatures of subscribers already asked, by viewer and access (both shared by connections of a token). */
  signatures: WeakMap<object, WeakMap<object, string>>;
}

/**
 * The executions of one operation for one event: the first subscriber's, then one per
 * signature — a subscriber's answers to the questions the first execution asked.
 */
interface EventExecutions {
  first: SharedExecution;
  bySignature: Map<string, SharedExecution>;
}

/** A read of the viewer (`viewer.<key>`) or a question to its access (`access.<key>(…args)`). */
type Read =
  | { of: 'viewer'; key: string; value: unknown }
  | { of: 'access'; key: string; args: unknown[]; value: unknown };

/** Per event (its payload object: every subscriber of a topic gets the same one), per operation key. */
const executions = new WeakMap<object, Map<string, EventExecutions>>();

/** Access answers compared as a whole (the reach, lists of organizations): by the access's fingerprint. */
const WHOLE_ACCESS = new Set(['reach', 'organizationIds']);

/** A value read, as compared: accesses by fingerprint, arrays by content, the rest as is. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return JSON.stringify(value);
  if (value && typeof value === 'object' && 'hasAny' in value) return fingerprint(value as ViewerAccess);
  return value;
}

/** Answers a recorded read for another subscriber. */
function answer(read: Read, viewer: Viewer | null, access: ViewerAccess | null): unknown {
  if (read.of === 'viewer') return comparable(viewer?.[read.key as keyof Viewer]);
  if (!access) return undefined;
  if (WHOLE_ACCESS.has(read.key)) return fingerprint(access);
  const member = (access as unknown as Record<string, unknown>)[read.key];
  return comparable(typeof member === 'function' ? member.apply(access, read.args) : member);
}

/** True when every read of a finished execution gives the same answer for this subscriber. */
function replays(execution: SharedExecution, viewer: Viewer | null, access: ViewerAccess | null): boolean {
  for (const read of execution.reads.values()) if (answer(read, viewer, access) !== read.value) return false;
  return true;
}

/** Answers as one string (undefined kept apart from null). */
const signed = (answers: unknown[]) => JSON.stringify(answers.map((a) => (a === undefined ? '\0' : a)));

/** No viewer (a key of `signatures`). */
const NO_VIEWER = {};

/**
 * This subscriber's answers to the questions a finished execution asked, as one string;
 * computed once per viewer and access (connections of one token share both).
 */
function signatureFor(execution: SharedExecution, viewer: Viewer | null, access: ViewerAccess): string {
  let byAccess = execution.signatures.get(viewer ?? NO_VIEWER);
  if (!byAccess) execution.signatures.set(viewer ?? NO_VIEWER, (byAccess = new WeakMap()));
  let signature = byAccess.get(access);
  if (signature === undefined) {
    signature = signed([...execution.reads.values()].map((read) => answer(read, viewer, access)));
    byAccess.set(access, signature);
  }
  return signature;
}

/** The signature of an execution's own answers (computed once). */
function ownSignature(execution: SharedExecution): string {
  return (execution.signature ??= signed([...execution.reads.values()].map((read) => read.value)));
}

/** Accesses already loaded, by the promise `ctx.access()` answered (the same while no ACCESS_CHANGED). */
const loadedAccess = new WeakMap<Promise<ViewerAccess>, ViewerAccess>();

/** The subscriber's access: at once when its promise has been seen resolved, else a promise. */
function accessOf(ctx: Context): ViewerAccess | Promise<ViewerAccess> {
  const pending = ctx.access();
  return (
    loadedAccess.get(pending) ??
    pending.then((access) => {
      loadedAccess.set(pending, access);
      return access;
    })
  );
}

/** The result of an execution: the value itself once it has ended, else its promise. */
function resultOf(execution: SharedExecution): ExecutionResult | Promise<ExecutionResult> {
  const settled = execution.settled;
  if (!settled) return execution.result;
  if ('value' in settled) return settled.value;
  return execution.result;
}

/** The viewer, recording every field read. */
function recordingViewer(viewer: Viewer | null, reads: Map<string, Read>): Viewer | null {
  if (!viewer) return null;
  return new Proxy(viewer, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof key === 'string')
        reads.set(`viewer.${key}`, { of: 'viewer', key, value: comparable(value) });
      return value;
    },
  });
}

/** The access, recording every question asked and its answer. */
function recordingAccess(access: ViewerAccess, reads: Map<string, Read>): ViewerAccess {
  const record = (key: string, args: unknown[], value: unknown) => {
    const whole = WHOLE_ACCESS.has(key);
    const id = whole ? `access.${key}` : `access.${key}(${JSON.stringify(args)})`;
    reads.set(id, { of: 'access', key, args, value: whole ? fingerprint(access) : comparable(value) });
  };
  return new Proxy(access, {
    get(target, key) {
      const member = Reflect.get(target, key, target);
      if (typeof key !== 'string') return member;
      if (typeof member !== 'function') {
        record(key, [], member);
        return member;
      }
      return (...args: unknown[]) => {
        const value = member.apply(target, args);
        record(key, args, value);
        return value;
      };
    },
  });
}

/** Runs the selection for `payload` as the subscriber of `args`, recording what it reads of them. */
function run(payload: unknown, args: ExecutionArgs): SharedExecution {
  const ctx = args.contextValue as Context;
  const reads = new Map<string, Read>();
  let recorded: Promise<ViewerAccess> | null = null;
  const contextValue: Context = {
    ...ctx,
    viewer: recordingViewer(ctx.viewer, reads),
    access: () => (recorded ??= ctx.access().then((access) => recordingAccess(access, reads))),
    loaders: new Map(),
  };
  const result = Promise.resolve(execute({ ...args, rootValue: payload, contextValue }));
  const execution: SharedExecution = { reads, result, ended: undefined as never, signatures: new WeakMap() };
  execution.ended = result.then(
    (value) => {
      execution.settled = { value };
    },
    (error: unknown) => {
      execution.settled = { error };
    },
  );
  return execution;
}

/**
 * The result of the operation for one event and one subscriber. The first subscriber runs it;
 * the others wait for that execution, answer the questions it asked (in memory) and share it
 * when they answer them alike. Those who answer otherwise share one execution per set of
 * answers, started at once (never queued behind one another), and checked again when it ends.
 * Once the executions and the subscriber's access are known, the answer is given without
 * waiting (no promise per subscriber).
 */
function deliver(
  payload: unknown,
  operation: string,
  args: ExecutionArgs,
): ExecutionResult | Promise<ExecutionResult> {
  observeDeliveryLag(payload);
  if (!payload || typeof payload !== 'object') return execute({ ...args, rootValue: payload });
  let byOperation = executions.get(payload);
  if (!byOperation) executions.set(payload, (byOperation = new Map()));
  const known = byOperation.get(operation);
  if (!known) {
    const first = run(payload, args);
    byOperation.set(operation, { first, bySignature: new Map() });
    return first.result;
  }
  const access = accessOf(args.contextValue as Context);
  if (known.first.settled && !(access instanceof Promise)) return share(known, payload, args, access);
  // Once the first execution has ended: one promise per subscriber, none for the wait itself.
  if (!(access instanceof Promise)) return known.first.ended.then(() => share(known, payload, args, access));
  // Awaited after the first execution: a failed load must not count as unhandled meanwhile.
  access.catch(() => {});
  return known.first.ended.then(() => access).then((loaded) => share(known, payload, args, loaded));
}

/** `deliver` once the first execution has ended and the subscriber's access is loaded. */
function share(
  known: EventExecutions,
  payload: unknown,
  args: ExecutionArgs,
  access: ViewerAccess,
): ExecutionResult | Promise<ExecutionResult> {
  const viewer = (args.contextValue as Context).viewer;
  const signature = signatureFor(known.first, viewer, access);
  // No await from the look-up to the set: one execution per signature.
  if (signature === ownSignature(known.first)) return resultOf(known.first);
  const shared = known.bySignature.get(signature);
  if (!shared) {
    const own = run(payload, args);
    known.bySignature.set(signature, own);
    return own.result;
  }
  // It may have asked more than the first did: those answers must agree too.
  const checked = () => (replays(shared, viewer, access) ? resultOf(shared) : run(payload, args).result);
  return shared.settled ? checked() : shared.ended.then(checked);
}

/** JSON with object keys sorted, so variables given in another order name the same operation. */
function canonical(value: unknown): string {
  if (!value || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value).toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/** Printed documents (subscriptions of one query text share their document: limits.ts). */
const printed = new WeakMap<object, string>();

/** What makes two subscriptions the same operation: document, operation name, variables. */
function operationKey(args: ExecutionArgs): string {
  let text = printed.get(args.document);
  if (text === undefined) printed.set(args.document, (text = print(args.document)));
  return `${args.operationName ?? ''}\n${text}\n${canonical(args.variableValues ?? {})}`;
}

/** Maps each item of an async iterator; `return` reaches the source at once (unsubscribing never waits for an event). */
function mapEvents<T, R>(source: AsyncIterable<T>, map: (item: T) => R | Promise<R>): AsyncGenerator<R> {
  const iterator = source[Symbol.asyncIterator]();
  const step = (item: IteratorResult<T>): IteratorResult<R> | Promise<IteratorResult<R>> => {
    if (item.done) return { done: true, value: undefined };
    const value = map(item.value);
    return value instanceof Promise ? value.then((v) => ({ done: false, value: v })) : { done: false, value };
  };
  const mapped: AsyncGenerator<R> = {
    next: () => iterator.next().then(step),
    return: () =>
      iterator.return ? iterator.return().then(step) : Promise.resolve({ done: true, value: undefined }),
    throw: (error: unknown) => (iterator.throw ? iterator.throw(error).then(step) : Promise.reject(error)),
    [Symbol.asyncIterator]: () => mapped,
    [Symbol.asyncDispose]: async () => {
      await mapped.return(undefined);
    },
  };
  return mapped;
}

/**
 * graphql-ws's `subscribe`: like graphql-js's, except that each event is resolved once per
 * operation (document, operation name, variables) and visibility, not once per subscriber.
 * Subscribers of the same operation whose viewer and access answer what the first execution
 * read of its own the same way share its result, checked in memory; the others get their own.
 * When the context has a `liveOutput` and the stream is a topic's (`topicEvents`), results are
 * handed to it in the dispatch loop (push mode) and the returned stream only ends or fails.
 */
export async function subscribeShared(
  args: ExecutionArgs,
): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream;
  const operation = operationKey(args);
  const output = (args.contextValue as Context).liveOutput;
  // With an output of its own (a WebSocket), each result is written from the dispatch loop.
  if (output)
    pushEvents(stream, (payload) => {
      const result = deliver(payload, operation, args);
      if (result instanceof Promise) return result.then(output);
      output(result);
    });
  return mapEvents(stream, (payload) => deliver(payload, operation, args));
}
