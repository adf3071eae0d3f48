import { type GraphQLSchema, isObjectType } from 'graphql';
import { Field, ID, InterfaceType } from 'type-graphql';
import type { Context } from './context.js';
import { notFound } from './errors.js';
import { fromGlobalId, toGlobalId } from './ids.js';

/** Where a plain record's prototype names its GraphQL type (see `readAs` in `read/rows.ts`). */
export const GRAPHQL_TYPE: unique symbol = Symbol('GraphQL type');

/**
 * The GraphQL type of a `Node` value: a plain record's prototype names it
 * (`GRAPHQL_TYPE`), an entity's class name is it.
 */
export const nodeTypeName = (value: object): string =>
  (value as { [GRAPHQL_TYPE]?: string })[GRAPHQL_TYPE] ?? value.constructor.name;

/**
 * Relay's `Node`. The runtime values are entities whose class name is the
 * GraphQL type name, or plain records whose prototype carries `GRAPHQL_TYPE`.
 */
@InterfaceType('Node', { description: 'An object with a global ID.', resolveType: nodeTypeName })
export abstract class Node {
  @Field(() => ID, { description: 'Global ID, usable with `node(id:)`.' })
  id!: string;
}

/**
 * Gives every `Node` type of `schema` its `id`: the record's database id made
 * global with the type's name (`toGlobalId`). Declared here once for all
 * types, as a plain function the executor calls directly (pages resolve
 * thousands of ids, and a type-graphql field resolver wraps each call).
 */
export function resolveGlobalIds(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === 'Node')) continue;
    const typeName = type.name;
    const id = type.getFields().id;
    // A module's own `id` resolver would be replaced unseen: refuse it instead.
    if (id.resolve)
      throw new Error(`${typeName}.id has a resolver: Node ids are resolved by resolveGlobalIds`);
    id.resolve = (record: { id: string }) => toGlobalId(typeName, record.id);
  }
}

/** Loads one record of a type by its database ID, or null when the viewer cannot see it. */
export type NodeFetcher = (ctx: Context, id: string) => Promise<object | null>;

const fetchers = new Map<string, NodeFetcher>();

/** Makes a GraphQL type reachable through `node(id:)`. Called once per type at module load. */
export function registerNodeType(typeName: string, fetch: NodeFetcher): void {
  fetchers.set(typeName, fetch);
}

/** The fetcher of a GraphQL type, if the type is a node. */
export function nodeFetcher(typeName: string): NodeFetcher | undefined {
  return fetchers.get(typeName);
}

/**
 * The record of `typeName` that the global `globalId` names, read by `read`
 * (null when missing or not visible to the viewer); NOT_FOUND otherwise, so
 * denied looks like missing. What a single-record query answers.
 */
export async function readNode<T>(
  ctx: Context,
  typeName: string,
  globalId: string,
  read: (ctx: Context, id: string) => Promise<T | null>,
): Promise<T> {
  const record = await read(ctx, fromGlobalId(globalId, typeName));
  if (!record) throw notFound(typeName, globalId);
  return record;
}

/**
 * A node fetcher: the record `load` finds, when `visible` says the viewer may
 * see it; null otherwise (missing or not visible alike).
 */
export function visibleNode<T extends object>(
  load: (ctx: Context, id: string) => Promise<T | null | undefined>,
  visible: (ctx: Context, record: T) => unknown,
): NodeFetcher {
  return async (ctx, id) => {
    const record = await load(ctx, id);
    return record && (await visible(ctx, record)) ? record : null;
  };
}
