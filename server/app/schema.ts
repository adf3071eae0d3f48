import type { GraphQLSchema } from 'graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import type { PubSub } from '../core/pubsub.js';
import { authChecker } from '../core/rules.js';
import { DateTime } from '../core/scalars.js';
import { validateArgument } from '../core/validation.js';
import { resolvers } from './resolvers.js';
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../core/context.js';

/** Remembers which root mutation runs, for the audit log. */
const recordOperation: MiddlewareFn<Context> = ({ info, context }, next) => {
  if (info.parentType.name === 'Mutation' && !info.path.prev) context.operation = info.fieldName;
  return next();
};

/**
 * A subscription keeps one context for its whole life; each event must read
 * fresh data, so at every event's root field the context gets a new
 * EntityManager fork and empty DataLoaders (nothing cached across events,
 * as nothing is cached across requests).
 */
const freshPerEvent: MiddlewareFn<Context> = ({ info, context }, next) => {
  if (info.operation.operation === 'subscription' && !info.path.prev) {
    context.em = context.em.fork();
    context.loaders = new Map();
  }
  return next();
};

/** Builds the executable schema from the resolver classes. */
export function createSchema(pubSub: PubSub): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    pubSub,
    validateFn: validateArgument,
    scalarsMap: [{ type: Date, scalar: DateTime }],
    globalMiddlewares: [recordOperation, freshPerEvent],
    emitSchemaFile: false,
  });
}

/** The SDL checked in at `schema/schema.graphql` (sorted, so diffs stay readable). */
export function printSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema)).trim()}\n`;
}
