import { Arg, Authorized, Ctx, FieldResolver, ID, Resolver, Root, Subscription } from 'type-graphql';
import { Role, type ViewerAccess } from './access.js';
import type { Context } from './context.js';
import { parseGlobalId, toGlobalId } from './ids.js';
import { nodeFetcher } from './node.js';
import type { Events } from './pubsub.js';
import { topicEvents } from './live-topics.js';
import { Rule } from './rules.js';

/** The arguments of a subscription field, as graphql-js hands them to `subscribe`. */
export type LiveArgs = Record<string, string>;

/** Global-id arguments already decoded, per subscription's arguments (checked on every event): by name, with their type. */
const decodedArgs = new WeakMap<LiveArgs, Map<string, { type: string; id: string | null }>>();

/**
 * The database id of a subscription's global-id argument of `type` (null when malformed: no
 * events). Decoded once per subscription, not once per event.
 */
export function idArg(args: LiveArgs, name: string, type: string): string | null {
  let decoded = decodedArgs.get(args);
  if (!decoded) decodedArgs.set(args, (decoded = new Map()));
  const known = decoded.get(name);
  if (known?.type === type) return known.id;
  const parsed = parseGlobalId(args[name] ?? '');
  const id = parsed?.type === type ? parsed.id : null;
  decoded.set(name, { type, id });
  return id;
}

/** The database id of the subscription's `organizationId` argument (null when malformed). */
export function organizationArg(args: LiveArgs): string | null {
  return idArg(args, 'organizationId', 'Organization');
}

/**
 * The organization of the subscription must be concerned by the event and
 * the viewer must hold a role reaching it — and so may read the record,
 * which the organization takes part in.
 */
export function concernsReadableOrganization(
  access: ViewerAccess,
  organizationIds: string[],
  args: LiveArgs,
): boolean {
  const organizationId = organizationArg(args);
  return (
    !!organizationId && organizationIds.includes(organizationId) && access.has(Role.VIEWER, organizationId)
  );
}

/**
 * The events of `topic` that `accepts` lets through for the subscriber (a
 * type-graphql `subscribe` function). The viewer's access is loaded once,
 * when the subscription starts, and kept (reloaded on the next event after
 * ACCESS_CHANGED for that viewer); events carry the organizations they
 * concern, so each delivery is checked in memory: no query per subscriber
 * and event. Subscribers of a topic share one bus subscription and are checked
 * in one loop (`topicEvents`); the selection is then resolved once per event
 * for all the subscribers that share it (`subscribeShared` in core/live-execution.ts).
 */
export function liveEvents<K extends keyof Events>(
  topic: K,
  accepts: (payload: Events[K][0], args: LiveArgs, access: ViewerAccess) => boolean,
): (data: { args: unknown; context: unknown }) => Promise<AsyncIterable<Events[K][0]>> {
  return async ({ args, context }) => {
    const ctx = context as Context;
    const live = args as LiveArgs;
    // The access last loaded, told by its promise: while `ctx.access()` answers the same
    // promise (no ACCESS_CHANGED since), its value is known and the check is synchronous.
    let loaded = ctx.access();
    let current = await loaded;
    return topicEvents(ctx.pubsub, topic, (payload) => {
      const access = ctx.access();
      if (access === loaded) return accepts(payload, live, current);
      return access.then((reloaded) => {
        if (ctx.access() === access) [loaded, current] = [access, reloaded];
        return accepts(payload, live, reloaded);
      });
    });
  };
}

/**
 * Loads the record of one event as the subscriber may see it (each execution gets a fresh
 * EntityManager and DataLoaders: `freshPerEvent` in server/app/schema.ts). Only runs when
 * the subscriber selected the record.
 */
async function fetchNode(ctx: Context, type: string, id: string): Promise<unknown> {
  return (await nodeFetcher(type)?.(ctx, id)) ?? null;
}

/** A GraphQL class, as type-graphql's decorators take it. */
type GraphQLClass = abstract new (...args: never[]) => unknown;

/** What a live event names: the global id of one of its subjects and, if asked, the record. */
export interface LiveSubject<P> {
  /** The subject's GraphQL node type (`Task`): the global ids' type and the record's fetcher. */
  type: string;
  /** The field of its global id (`taskId`). */
  idField: string;
  /** Its database id in the payload; null leaves the field null (then declare it `nullable`). */
  id: (payload: P) => string | null;
  nullable?: boolean;
  description?: string;
  /** The field of the record as the subscriber may see it (`task`, nullable), and its class. */
  record?: { field: string; of: () => GraphQLClass; description?: string };
}

/** Defines `name` on a generated class's prototype and applies type-graphql decorators to it. */
function defineMethod(
  target: object,
  name: string,
  method: (...args: never[]) => unknown,
  decorate: (descriptor: PropertyDescriptor) => void,
): void {
  const descriptor = { value: method, writable: true, configurable: true, enumerable: false };
  Object.defineProperty(target, name, descriptor);
  decorate(descriptor);
}

/**
 * The field resolvers of a live event type (its payloads are the root values): for each
 * subject its global id and, when declared, its record, fetched only when selected.
 */
export function liveEventResolver<P>(eventType: () => GraphQLClass, subjects: LiveSubject<P>[]): Function {
  // oxlint-disable-next-line no-extraneous-class -- its field resolvers are defined below
  class LiveEventResolver {}
  const prototype = LiveEventResolver.prototype;
  for (const subject of subjects) {
    const { type, idField, id } = subject;
    defineMethod(
      prototype,
      idField,
      (event: P) => {
        const dbId = id(event);
        return dbId === null ? null : toGlobalId(type, dbId);
      },
      (descriptor) => {
        Root()(prototype, idField, 0);
        const options = { nullable: subject.nullable, description: subject.description };
        FieldResolver(() => ID, options)(prototype, idField, descriptor);
      },
    );
    const record = subject.record;
    if (!record) continue;
    defineMethod(
      prototype,
      record.field,
      (event: P, ctx: Context) => {
        const dbId = id(event);
        return dbId === null ? null : fetchNode(ctx, type, dbId);
      },
      (descriptor) => {
        Root()(prototype, record.field, 0);
        Ctx()(prototype, record.field, 1);
        const options = { nullable: true, description: record.description };
        FieldResolver(record.of, options)(prototype, record.field, descriptor);
      },
    );
  }
  Resolver(eventType)(LiveEventResolver);
  return LiveEventResolver;
}

/** One live subscription field of a topic. */
export interface LiveField<K extends keyof Events> {
  /** The field (`taskAssigned`). */
  name: string;
  /** Its one argument, a required global id (`organizationId`), read by `accepts` through `args`. */
  argument: string;
  /** Whether an event reaches a subscriber, from the event, the arguments and the viewer's access (in memory). */
  accepts: (payload: Events[K][0], args: LiveArgs, access: ViewerAccess) => boolean;
  description: string;
}

/**
 * A resolver of signed-in viewers' live subscription fields on `topic`, each answering
 * `eventType` whose root value is the event's payload (`liveEvents` filters them).
 */
export function liveSubscriptionResolver<K extends keyof Events>(
  topic: K,
  eventType: () => GraphQLClass,
  fields: LiveField<K>[],
): Function {
  // oxlint-disable-next-line no-extraneous-class -- its subscription fields are defined below
  class LiveSubscriptionResolver {}
  const prototype = LiveSubscriptionResolver.prototype;
  for (const field of fields) {
    defineMethod(
      prototype,
      field.name,
      (payload: Events[K][0]) => payload,
      (descriptor) => {
        Root()(prototype, field.name, 0);
        Arg(field.argument, () => ID)(prototype, field.name, 1);
        const subscribe = liveEvents(topic, field.accepts);
        Subscription(eventType, { subscribe, description: field.description })(
          prototype,
          field.name,
          descriptor,
        );
        Authorized(Rule.SIGNED_IN)(prototype, field.name, descriptor);
      },
    );
  }
  Resolver()(LiveSubscriptionResolver);
  return LiveSubscriptionResolver;
}
