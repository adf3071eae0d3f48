import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import type { PubSub } from '../core/pubsub.js';
import { authChecker } from '../core/rules.js';
import { nodeTypeName, resolveGlobalIds } from '../core/node.js';
import { DateTime } from '../core/scalars.js';
import { validateArgument } from '../core/validation.js';
import { callFieldResolversDirectly } from './direct-field-resolvers.js';
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

/**
 * Plain fields (an object type's `@Field` properties, as opposed to its
 * `@FieldResolver`s) are read as properties by the executor itself: every
 * object type is built with type-graphql's `simpleResolvers`, so such a field
 * has no resolver function, and graphql-jit compiles it to a property read
 * instead of a resolver call per object (type-graphql's wrapper allocates and
 * runs middlewares for each). That skips middlewares and `@Authorized` on
 * those fields, so a field that declares either is refused here, at start.
 */
function readPlainFieldsAsProperties(): void {
  const storage = getMetadataStorage();
  const plain = (target: Function, name: string) =>
    storage.fields.some((field) => field.target === target && field.name === name);
  const guarded = [...storage.middlewares, ...storage.authorizedFields].find((it) =>
    plain(it.target, it.fieldName),
  );
  if (guarded) {
    throw new Error(
      `${guarded.target.name}.${guarded.fieldName}: a plain field cannot have middlewares or roles (use a @FieldResolver)`,
    );
  }
  for (const type of storage.objectTypes) type.simpleResolvers ??= true;
}

/** Builds the executable schema from the resolver classes. */
export async function createSchema(pubSub: PubSub): Promise<GraphQLSchema> {
  readPlainFieldsAsProperties();
  const schema = await buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    pubSub,
    validateFn: validateArgument,
    scalarsMap: [{ type: Date, scalar: DateTime }],
    emitSchemaFile: false,
  });
  resolveGlobalIds(schema);
  callFieldResolversDirectly(schema);
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
