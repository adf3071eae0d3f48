import type { GraphQLSchema } from 'graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import type { PubSub } from '../core/pubsub.js';
import { authChecker } from '../core/rules.js';
import { resolvers } from './resolvers.js';
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../core/context.js';

/** Remembers which root mutation runs, for the audit log. */
const recordOperation: MiddlewareFn<Context> = ({ info, context }, next) => {
  if (info.parentType.name === 'Mutation' && !info.path.prev) context.operation = info.fieldName;
  return next();
};

/** Builds the executable schema from the resolver classes. */
export function createSchema(pubSub: PubSub): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    pubSub,
    validate: { forbidUnknownValues: false },
    globalMiddlewares: [recordOperation],
    emitSchemaFile: false,
  });
}

/** The SDL checked in at `schema/schema.graphql` (sorted, so diffs stay readable). */
export function printSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema)).trim()}\n`;
}
