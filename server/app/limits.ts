import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  type ArgumentNode,
  type DocumentNode,
  type ExecutionArgs,
  type FieldNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  NoSchemaIntrospectionCustomRule,
  type OperationDefinitionNode,
  parse,
  specifiedRules,
  TypeInfo,
  type TypeNode,
  type ValidationContext,
  type ValidationRule,
  validate,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../core/pagination.js';
import { badTextError } from '../core/validation.js';

/*
 * Query limits (OWASP GraphQL cheat sheet; GraphQL Armor's rules and defaults
 * as the starting point), the same for HTTP and graphql-ws. Every limit is
 * checked before any resolver runs; a rejected operation gets a typed error
 * (`GRAPHQL_PARSE_FAILED` for tokens, `GRAPHQL_VALIDATION_FAILED` for the
 * others) with HTTP status 400.
 */

/**
 * Deepest selection, counting every field level (Armor's model): a Relay list
 * `organizations { edges { node { name } } }` is 4 deep, so 12 leaves room for
 * three nested connections or a long `parent { parent … }` chain.
 */
export const MAX_DEPTH = 12;
/** Most aliased fields per operation (Armor's default; `__typename` aliases are free). */
export const MAX_ALIASES = 15;
/** Most directives per operation (Armor's default is 50; this API's clients need only a few `@include`/`@skip`). */
export const MAX_DIRECTIVES = 10;
/**
 * Most lexical tokens per document, enforced by graphql-js's parser (`maxTokens`)
 * rather than Armor's token plugin, which turns syntax errors into 500s.
 */
export const MAX_TOKENS = 2000;
/**
 * Armor's cost model, set to count objects rather than fields: every object
 * (a selection set: an object, a connection, an edge) costs 1, a scalar 0,
 * a level adds no factor of its own, fragments count as if written inline,
 * and a field with `first` multiplies its subtree by the page size. Here the
 * page size is the real one: a `first: $variable` counts its value, an absent
 * `first` counts the default page size (Armor alone counts both as 1). Lists
 * without paging (participants, assignments, positions, …) are short by nature
 * and count once. Scalars are free because the database reads a row, not a
 * field, and the token, alias and depth limits bound how many a document names.
 */
export const COST_MODEL = {
  objectCost: 1,
  scalarCost: 0,
  depthCostFactor: 1,
  flattenFragments: true,
} as const;

/**
 * Largest cost per operation in `COST_MODEL`: about the number of objects an
 * operation can return. The "shared plans" page of an agency with every `id` a
 * client cache needs — `organization(id) { programs(first: 50) { … participants
 * { organization } tasks(first: 20) { … assignments { organization } } } }` —
 * costs about 5,300 to 7,000; a rich page of 100 organizations about 600.
 * The limit refuses a third nested connection (50 × 20 × 20 costs about
 * 63,000; 100 × 100 × 100 about 3,000,000) and two nested pages of 100
 * (about 30,000), which is where the cost becomes abuse.
 */
export const MAX_COST = 20_000;

const VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED';
const PARSE_FAILED = 'GRAPHQL_PARSE_FAILED';

/** Armor reports "Syntax Error: …" for a validation limit; the client gets a plain message and a code. */
const reportRejection = (context: ValidationContext | null, error: GraphQLError): void => {
  context?.reportError(
    new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
      extensions: { code: VALIDATION_FAILED },
    }),
  );
};
const rejection = { propagateOnRejection: false, onReject: [reportRejection] };
const off = { enabled: false };

/** Depth, aliases and directives: they depend on the document only (Apollo caches the result). */
export const limitValidationRules: readonly ValidationRule[] = new ApolloArmor({
  maxDepth: { n: MAX_DEPTH, ...rejection },
  maxAliases: { n: MAX_ALIASES, ...rejection },
  maxDirectives: { n: MAX_DIRECTIVES, ...rejection },
  costLimit: off,
  maxTokens: off,
  blockFieldSuggestion: off,
}).protect().validationRules;

/** Options for graphql-js's `parse` (Apollo's `parseOptions`). */
export const parseOptions = { maxTokens: MAX_TOKENS } as const;

const intValue = (value: number) => ({ kind: Kind.INT, value: String(value) }) as const;

/**
 * `operation` (with the document's fragments) where every page-size argument
 * is a literal: a `first`/`last` variable becomes its value (or the variable's
 * default), and a paginated field without one gets the default page size.
 */
function withConcretePageSizes(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): DocumentNode {
  const defaults = new Map(
    (operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d.defaultValue]),
  );
  const pageSize = (arg: ArgumentNode): ArgumentNode => {
    if (arg.value.kind !== Kind.VARIABLE) return arg;
    const name = arg.value.name.value;
    const given = variables[name];
    if (typeof given === 'number' && Number.isInteger(given)) return { ...arg, value: intValue(given) };
    if (given === undefined && defaults.get(name)?.kind === Kind.INT) {
      return { ...arg, value: defaults.get(name)! };
    }
    // null or absent: the server's default; anything else fails variable coercion later.
    return { ...arg, value: intValue(DEFAULT_PAGE_SIZE) };
  };
  const only: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION),
  };
  const typeInfo = new TypeInfo(schema);
  return visit(
    only,
    visitWithTypeInfo(typeInfo, {
      Field(node: FieldNode) {
        const paged = typeInfo.getFieldDef()?.args.some((a) => a.name === 'first');
        if (!paged) return undefined;
        const args = node.arguments ?? [];
        const given = args.some((a) => a.name.value === 'first' || a.name.value === 'last');
        const first: ArgumentNode = {
          kind: Kind.ARGUMENT,
          name: { kind: Kind.NAME, value: 'first' },
          value: intValue(DEFAULT_PAGE_SIZE),
        };
        return {
          ...node,
          arguments: given
            ? args.map((a) => (a.name.value === 'first' || a.name.value === 'last' ? pageSize(a) : a))
            : [...args, first],
        };
      },
    }),
  );
}

/** The cost of running `operation` with `variables`, in `COST_MODEL` with the real page sizes. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | null | undefined,
): number {
  let cost = 0;
  const measure = new ApolloArmor({
    costLimit: {
      ...COST_MODEL,
      maxCost: Number.POSITIVE_INFINITY,
      propagateOnRejection: false,
      onAccept: [(_context, details: { n: number }) => (cost = details.n)],
    },
    maxDepth: off,
    maxAliases: off,
    maxDirectives: off,
    maxTokens: off,
    blockFieldSuggestion: off,
  }).protect().validationRules;
  validate(schema, withConcretePageSizes(schema, document, operation, variables ?? {}), measure);
  return cost;
}

/** Costs computed, per parsed operation (Apollo keeps one per query text) and page-size variables. */
const knownCosts = new WeakMap<OperationDefinitionNode, Map<string, number>>();
const MAX_COSTS_PER_OPERATION = 64;

/** The values of the operation's `Int` variables: the only ones a page size (`first`, `last`) can take. */
function pageSizeKey(operation: OperationDefinitionNode, variables: Record<string, unknown>): string {
  const ints = (operation.variableDefinitions ?? []).filter((d) => namedTypeOf(d.type) === 'Int');
  return JSON.stringify(ints.map((d) => variables[d.variable.name.value] ?? null));
}

function namedTypeOf(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type);
}

/** `operationCost`, computed once per operation and page sizes. */
function cachedCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  let costs = knownCosts.get(operation);
  if (!costs) knownCosts.set(operation, (costs = new Map()));
  const key = pageSizeKey(operation, variables);
  let cost = costs.get(key);
  if (cost === undefined) {
    cost = operationCost(schema, document, operation, variables);
    if (costs.size < MAX_COSTS_PER_OPERATION) costs.set(key, cost);
  }
  return cost;
}

/** The error for running `operation` with `variables` when it costs more than `MAX_COST`; else null. */
export function costError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | null | undefined,
): GraphQLError | null {
  const cost = cachedCost(schema, document, operation, variables ?? {});
  if (cost <= MAX_COST) return null;
  return new GraphQLError(`Query cost limit of ${MAX_COST} exceeded, found ${cost}.`, {
    extensions: { code: VALIDATION_FAILED, http: { status: 400 } },
  });
}

/**
 * Apollo plugin: the cost limit, once the operation and its variables are
 * known (before execution). Depth, aliases and directives go in Apollo's
 * `validationRules`, tokens in its `parseOptions`.
 */
export function costLimitPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const error = costError(schema, document, operation, request.variables);
          if (error) throw error;
        },
      };
    },
  };
}

/** The error for a subscription sent over HTTP, which cannot stream its events. */
export const subscriptionOverHttpError = (): GraphQLError =>
  new GraphQLError('subscriptions are served over WebSocket (graphql-ws protocol) at /graphql', {
    extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
  });

/**
 * Apollo plugin: refuses, before execution and with HTTP 400, what the schema
 * cannot refuse itself — a subscription over HTTP, and a string anywhere in the
 * variables or the document that `badTextError` refuses (NUL, unpaired surrogate).
 */
export function inputChecksPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (operation?.operation === 'subscription') throw subscriptionOverHttpError();
          const error = badTextError(document, request.variables);
          if (error) throw error;
        },
      };
    },
  };
}

/** Valid subscription documents kept (the oldest goes first), and the longest query text kept. */
const CACHED_DOCUMENTS = 500;
const CACHED_QUERY_CHARS = 10_000;

/** What a graphql-ws `onSubscribe` receives from the client. */
interface SubscribePayload {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * graphql-ws `onSubscribe`: parses with the token limit and validates with
 * graphql's rules, the limit rules and (in production) no introspection, then
 * checks the strings (as `inputChecksPlugin`) and the cost. Returns the execution arguments (the server's `context`
 * option still builds the context), or the errors to send instead.
 */
export function limitedSubscribe(schema: GraphQLSchema, options: { production: boolean }) {
  const rules = [
    ...specifiedRules,
    ...limitValidationRules,
    ...(options.production ? [NoSchemaIntrospectionCustomRule] : []),
  ];
  /** The document of a query text, parsed and validated, or the errors to send instead. */
  const check = (query: string): DocumentNode | readonly GraphQLError[] => {
    let document: DocumentNode;
    try {
      document = parse(query, parseOptions);
    } catch (error) {
      const message = error instanceof GraphQLError ? error.message : 'Syntax Error';
      return [new GraphQLError(message, { extensions: { code: PARSE_FAILED } })];
    }
    // In production no "Did you mean …?" (as Apollo's `hideSchemaDetailsFromClientErrors`).
    const invalid = validate(schema, document, rules, { hideSuggestions: options.production });
    if (invalid.length === 0) return document;
    return invalid.map(
      (e) =>
        new GraphQLError(e.message, {
          nodes: e.nodes,
          extensions: { ...e.extensions, code: VALIDATION_FAILED },
        }),
    );
  };
  // Valid documents by query text: the subscribers of one query share one document (the
  // server keeps it for the subscription's life) and skip parsing and validating it again.
  const valid = new Map<string, DocumentNode>();
  return (payload: SubscribePayload): ExecutionArgs | readonly GraphQLError[] => {
    let document = valid.get(payload.query);
    if (!document) {
      const checked = check(payload.query);
      if (!('kind' in checked)) return checked;
      document = checked;
      if (payload.query.length <= CACHED_QUERY_CHARS) {
        if (valid.size >= CACHED_DOCUMENTS) valid.delete(valid.keys().next().value as string);
        valid.set(payload.query, document);
      }
    }
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    const operation = payload.operationName
      ? operations.find((o) => o.name?.value === payload.operationName)
      : operations.length === 1
        ? operations[0]
        : undefined;
    const badText = badTextError(document, payload.variables);
    if (badText) return [badText];
    if (operation) {
      const tooCostly = costError(schema, document, operation, payload.variables);
      if (tooCostly) return [tooCostly];
    }
    // Without an operation graphql-ws answers "Unable to identify operation" itself.
    return {
      schema,
      document,
      operationName: payload.operationName,
      variableValues: payload.variables,
    };
  };
}
