import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { type DocumentNode, type ExecutionResult, execute, GraphQLError, type GraphQLSchema } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/** What Apollo Server's `gateway` option takes. */
type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
/** How a gateway executes a request. */
type GatewayExecutor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** What is known of one parsed document (Apollo keeps one `DocumentNode` per distinct query text). */
interface DocumentRuns {
  /** Runs so far per operation name, until compiled. */
  runs: Map<string, number>;
  /** The compiled operation per operation name. */
  compiled: Map<string, CompiledQuery>;
}

/**
 * Executes queries with graphql-jit (decision 026): a query that has run
 * `compileAfter` times (0: never; one-off documents never pay the compiler) is compiled to a function that resolves the same
 * fields with the same resolvers, skipping graphql-js's per-field
 * interpretation. Mutations run with graphql-js (they are few and short), and
 * so does any request the compiled query refuses as a whole (its variables do
 * not coerce): graphql-js then answers with its own, canonical errors, which
 * Apollo turns into BAD_USER_INPUT. The compiled queries are kept per parsed
 * document (a `WeakMap`), so they go when Apollo's document cache drops it.
 */
export function jitExecutor(schema: GraphQLSchema, compileAfter: number): GatewayExecutor {
  const documents = new WeakMap<DocumentNode, DocumentRuns>();
  const compiledFor = (document: DocumentNode, operationName: string | null): CompiledQuery | null => {
    let known = documents.get(document);
    if (!known) documents.set(document, (known = { runs: new Map(), compiled: new Map() }));
    const name = operationName ?? '';
    const compiled = known.compiled.get(name);
    if (compiled) return compiled;
    const runs = (known.runs.get(name) ?? 0) + 1;
    known.runs.set(name, runs);
    if (runs < compileAfter) return null;
    const result = compileQuery(schema, document, operationName ?? undefined, {
      disablingCapturingStackErrors: true,
    });
    if (!isCompiledQuery(result)) return null;
    known.runs.delete(name);
    known.compiled.set(name, result);
    return result;
  };
  return async (request) => {
    const variableValues = request.request.variables ?? {};
    const compiled =
      compileAfter > 0 && request.operation.operation === 'query'
        ? compiledFor(request.document, request.operationName)
        : null;
    if (compiled) {
      const result = (await compiled.query(undefined, request.context, variableValues)) as ExecutionResult;
      if (result.data !== undefined)
        return result.errors ? { ...result, errors: result.errors.map(upstream) } : result;
    }
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
