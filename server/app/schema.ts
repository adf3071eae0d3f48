import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import { buildSchema } from 'type-graphql';
import type { PubSub } from '../core/pubsub.js';
import { authChecker } from '../core/rules.js';
import { nodeTypeName } from '../core/node.js';
import { DateTime } from '../core/scalars.js';
import { validateArgument } from '../core/validation.js';
import { resolvers } from './resolvers.js';
import type { Context } from '../core/context.js';

/** Remembers which root mutation runs, for the audit log. */
const recordOperation: RootFieldWrapper = (resolve) => (root, args, context, info) => {
  context.operation = info.fieldName;
  return resolve(root, args, context, info);
};

/**
 * A subscription keeps one context for its whole life; each event must read
 * fresh data, so at every event's root field the context gets a new
 * EntityManager fork and empty DataLoaders (nothing cached across events,
 * as nothing is cached across requests).
 */
const freshPerEvent: RootFieldWrapper = (resolve) => (root, args, context, info) => {
  context.em = context.em.fork();
  context.loaders = new Map();
  return resolve(root, args, context, info);
};

type RootFieldWrapper = (
  resolve: GraphQLFieldResolver<unknown, Context>,
) => GraphQLFieldResolver<unknown, Context>;

/**
 * Wraps the resolver of every field of a root type. Root-field concerns are
 * registered here, not as type-graphql global middlewares, which would run
 * (as promises) on every field of every object of a response.
 */
function aroundRootFields(type: GraphQLObjectType | null | undefined, wrap: RootFieldWrapper): void {
  for (const field of Object.values(type?.getFields() ?? {})) {
    field.resolve = wrap((field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, Context>);
  }
}

/** Builds the executable schema from the resolver classes. */
export async function createSchema(pubSub: PubSub): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    pubSub,
    validateFn: validateArgument,
    scalarsMap: [{ type: Date, scalar: DateTime }],
    emitSchemaFile: false,
  });
  aroundRootFields(schema.getMutationType(), recordOperation);
  aroundRootFields(schema.getSubscriptionType(), freshPerEvent);
  // type-graphql wraps `resolveType` in an async function; graphql-jit needs the name at once (decision 026).
  (schema.getType('Node') as GraphQLInterfaceType).resolveType = nodeTypeName;
  return schema;
}

/** The SDL checked in at `schema/schema.graphql` (sorted, so diffs stay readable). */
export function printSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema)).trim()}\n`;
}
