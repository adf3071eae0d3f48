/*
 * Compiled queries write enum and built-in scalar leaves as the resolvers return them (decision
 * 034) only while every enum value is its own name: an enum whose internal value differs keeps
 * graphql-jit's serializers, so it still answers the name. A null in a non-null leaf is still
 * the error graphql-js gives.
 */
import {
  GraphQLEnumType,
  GraphQLInt,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  getOperationAST,
  parse,
} from 'graphql';
import { describe, expect, test } from 'vitest';
import { enumsAreTheirNames, jitExecutor } from '../server/app/jit-executor.js';
import { createSchema } from '../server/app/schema.js';
import { metrics } from '../server/core/metrics.js';
import { createEventBus } from '../server/core/pubsub.js';

/** How many operations graphql-jit has run so far (`phoihop_graphql_executions_total`). */
async function compiledRuns(): Promise<number> {
  const { values } = await metrics.graphqlExecutions.get();
  return values.find((v) => v.labels.executor === 'compiled')?.value ?? 0;
}

/** Runs `query` through the executor, compiled on its first run (checked: not graphql-js's answer). */
async function compiled(schema: GraphQLSchema, query: string, values: Record<string, unknown>) {
  const document = parse(query);
  const executor = jitExecutor(schema, 1);
  const request = {
    document,
    operation: getOperationAST(document)!,
    operationName: null,
    request: { variables: {} },
    context: values,
  } as unknown as Parameters<typeof executor>[0];
  const before = await compiledRuns();
  const result = await executor(request);
  expect(await compiledRuns()).toBe(before + 1);
  return result;
}

// graphql-jit's compiled query has no root value: the fields read the context.
const read = (
  _root: unknown,
  _args: unknown,
  context: Record<string, unknown>,
  info: { fieldName: string },
) => context[info.fieldName];

/** A schema of one `Role` enum (its values' internal values as given) whose `Query` fields read the context. */
function toySchema(roleValues: Record<string, string>): GraphQLSchema {
  const Role = new GraphQLEnumType({
    name: 'Role',
    values: Object.fromEntries(Object.entries(roleValues).map(([name, value]) => [name, { value }])),
  });
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        role: { type: new GraphQLNonNull(Role), resolve: read },
        count: { type: GraphQLInt, resolve: read },
        name: { type: GraphQLString, resolve: read },
      },
    }),
  });
}

describe('leaves of compiled queries', () => {
  test("are written as resolved for the product's schema: every enum value is its own name", async () => {
    expect(enumsAreTheirNames(await createSchema(createEventBus()))).toBe(true);
  });

  test('keep their serializers when an enum value is not its name', async () => {
    const schema = toySchema({ LEAD: 'lead', COORDINATING: 'COORDINATING' });
    expect(enumsAreTheirNames(schema)).toBe(false);
    expect(await compiled(schema, '{ role count }', { role: 'lead', count: 3 })).toEqual({
      data: { role: 'LEAD', count: 3 },
    });
  });

  test('answer a null in a non-null leaf with the error graphql-js gives', async () => {
    const schema = toySchema({ LEAD: 'LEAD' });
    expect(enumsAreTheirNames(schema)).toBe(true);
    expect(await compiled(schema, '{ role name }', { role: 'LEAD', name: 'Mặt trận' })).toEqual({
      data: { role: 'LEAD', name: 'Mặt trận' },
    });
    const failed = await compiled(schema, '{ role name }', { role: null, name: 'x' });
    expect(failed.data).toBeNull();
    expect(failed.errors?.map((e) => e.message)).toEqual([
      'Cannot return null for non-nullable field Query.role.',
    ]);
  });
});
