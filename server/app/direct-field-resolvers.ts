import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/** The parts of type-graphql's parameter metadata read here (its type is internal). */
interface ParamMetadata {
  kind: string;
  index: number;
  name?: string;
  propertyName?: string;
  getType?: () => unknown;
}

/** The parts of type-graphql's field resolver metadata read here. */
interface FieldResolverMetadata {
  kind: string;
  target: new () => ResolverInstance;
  methodName: string;
  schemaName: string;
  params?: ParamMetadata[];
  roles?: unknown[];
  middlewares?: unknown[];
  getObjectType?: () => Function;
}

type ParamReader = (root: unknown, args: Record<string, unknown>, ctx: unknown, info: unknown) => unknown;

/**
 * How to pass one parameter without type-graphql, or null when it needs type-graphql:
 * `@Root()` (a plain record is already an instance of its object type), `@Ctx()`,
 * `@Info()`, and a Boolean `@Arg` (nothing to convert or validate).
 */
function readerOf(param: ParamMetadata): ParamReader | null {
  if (param.propertyName) return null;
  if (param.kind === 'root') {
    const type = param.getType?.();
    return type === undefined || type === Object ? (root) => root : null;
  }
  if (param.kind === 'context') return (_root, _args, ctx) => ctx;
  if (param.kind === 'info') return (_root, _args, _ctx, info) => info;
  if (param.kind === 'arg' && param.name && param.getType?.() === Boolean) {
    const name = param.name;
    return (_root, args) => args[name];
  }
  return null;
}

type ResolverInstance = Record<string, (...args: unknown[]) => unknown>;

/** A direct resolver for `metadata`, or null when a parameter, a middleware or a role needs type-graphql. */
function directResolver(
  metadata: FieldResolverMetadata,
  instanceOf: (target: FieldResolverMetadata['target']) => ResolverInstance,
): GraphQLFieldResolver<unknown, unknown> | null {
  if (metadata.kind !== 'external' || metadata.roles?.length || metadata.middlewares?.length) return null;
  const params = (metadata.params ?? []).toSorted((a, b) => a.index - b.index);
  const readers = params.map(readerOf);
  if (readers.some((reader) => reader === null)) return null;
  const read = readers as ParamReader[];
  const instance = instanceOf(metadata.target);
  const method = instance[metadata.methodName];
  if (typeof method !== 'function') return null;
  return (root, args, ctx, info) =>
    method.apply(
      instance,
      read.map((reader) => reader(root, args as Record<string, unknown>, ctx, info)),
    );
}

/**
 * Calls the `@FieldResolver` methods that need nothing of type-graphql's
 * per-call machinery directly (decision 032): no middleware, no role, and
 * parameters that are the root, the context, the info or a Boolean argument.
 * type-graphql otherwise builds a resolver data object, looks the resolver
 * instance up, and sorts and maps the parameter list on every call — for
 * every assignment's organization of a page. Returns the fields it changed
 * (`Type.field`).
 */
export function callFieldResolversDirectly(schema: GraphQLSchema): string[] {
  const storage = getMetadataStorage();
  const changed: string[] = [];
  // One instance per resolver class, as type-graphql's default container keeps.
  const instances = new Map<Function, ResolverInstance>();
  const instanceOf = (target: FieldResolverMetadata['target']) => {
    const instance = instances.get(target) ?? new target();
    instances.set(target, instance);
    return instance;
  };
  for (const metadata of storage.fieldResolvers as unknown as FieldResolverMetadata[]) {
    const typeClass = metadata.getObjectType?.();
    const typeName = storage.objectTypes.find((t) => t.target === typeClass)?.name;
    const type = typeName ? schema.getType(typeName) : undefined;
    const field = isObjectType(type) ? type.getFields()[metadata.schemaName] : undefined;
    const resolve = field ? directResolver(metadata, instanceOf) : null;
    if (!field || !resolve) continue;
    field.resolve = resolve;
    changed.push(`${typeName}.${metadata.schemaName}`);
  }
  return changed;
}
