import type { GraphQLSchema } from 'graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import type { PubSub } from '../core/pubsub.js';
import { authChecker } from '../core/rules.js';
import { resolvers } from './resolvers.js';

/** Builds the executable schema from the resolver classes. */
export function createSchema(pubSub: PubSub): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    pubSub,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}

/** The SDL checked in at `schema/schema.graphql` (sorted, so diffs stay readable). */
export function printSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema)).trim()}\n`;
}
