import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  GraphQLError,
  type GraphQLSchema,
  isEnumType,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { metrics } from '../core/metrics.js';

/** What Apollo Server's `gateway` option takes. */
type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
/** How a gateway executes a request. */
type GatewayExecutor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** Per operation of a document: its runs so far, then its compiled query (null: graphql-jit refused it). */
type Plan = number | CompiledQuery | null;

/**
 * Executes queries with graphql-jit (decision 026): a query that has run
 * `compileAfter` times (0: never) is compiled to a function that resolves
 * the same fields with the same resolvers, skipping graphql-js's per-field
 * interpretation; one-off documents never pay the compiler, and a document
 * graphql-jit refuses is not tried again. Mutations run with graphql-js (they
 * are few and short), and so does any request the compiled query refuses as a
 * whole (its variables do not coerce): graphql-js then answers with its own,
 * canonical errors, which Apollo turns into BAD_USER_INPUT. Plans are kept per
 * parsed document (a `WeakMap`), so they go when Apollo's document cache drops
 * it. `phoihop_graphql_executions_total` counts the operations by executor.
 * Enum and built-in scalar leaves are written as resolved while the schema's
 * enum values are their own names (decision 034).
 */
export function jitExecutor(schema: GraphQLSchema, compileAfter: number): GatewayExecutor {
  const plans = new WeakMap<DocumentNode, Map<string, Plan>>();
  const rawLeaves = enumsAreTheirNames(schema);
  const compiledFor = (document: DocumentNode, operationName: string | null): CompiledQuery | null => {
    let byName = plans.get(document);
    if (!byName) plans.set(document, (byName = new Map()));
    const name = operationName ?? '';
    const plan = byName.get(name) ?? 0;
    if (typeof plan !== 'number') return plan;
    if (plan + 1 < compileAfter) {
      byName.set(name, plan + 1);
      return null;
    }
    const result = compileQuery(schema, document, operationName ?? undefined, {
      disablingCapturingStackErrors: true,
      disableLeafSerialization: rawLeaves,
    });
    const compiled = isCompiledQuery(result) ? result : null;
    byName.set(name, compiled);
    return compiled;
  };
  return async (request) => {
    const variableValues = request.request.variables ?? {};
    const compiled =
      compileAfter > 0 && request.operation.operation === 'query'
        ? compiledFor(request.document, request.operationName)
        : null;
    if (compiled) {
      const result = (await compiled.query(undefined, request.context, variableValues)) as ExecutionResult;
      if (result.data !== undefined) {
        metrics.graphqlExecutions.inc({ executor: 'compiled' });
        return result.errors ? { ...result, errors: result.errors.map(upstream) } : result;
      }
    }
    metrics.graphqlExecutions.inc({ executor: 'interpreted' });
    return execute({
      schema,
      document: request.document,
      contextValue: request.context,
      variableValues,
      operationName: request.operationName,
    });
  };
}

/**
 * Whether every enum value of `schema` is its own name. Then compiled queries
 * write enum and built-in scalar leaves as the resolvers return them (decision
 * 034): graphql-jit skips their serializers, and the error paths it otherwise
 * builds for every leaf of every object.
 */
export function enumsAreTheirNames(schema: GraphQLSchema): boolean {
  return Object.values(schema.getTypeMap()).every(
    (type) => !isEnumType(type) || type.getValues().every((value) => value.value === value.name),
  );
}

/**
 * graphql-jit's error as graphql-js's own `GraphQLError` (whose `extensions`
 * is always an object: Apollo reads `extensions.code` of every error).
 */
function upstream(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? {},
  });
  (copy as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return copy;
}

/**
 * Apollo Server's `gateway` option serving `schema` with `executor`: the one
 * way Apollo Server 5 accepts another executor (it has no `executor` option).
 */
export function executorGateway(schema: GraphQLSchema, executor: GatewayExecutor): Gateway {
  return {
    load: async () => ({ executor }),
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    stop: async () => {},
  };
}
