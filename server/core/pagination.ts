import {
  Cursor,
  type EntityManager,
  type FilterQuery,
  type EntityName,
  type QueryOrderMap,
} from '@mikro-orm/postgresql';
import { type ClassType, ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from './errors.js';

/** Largest page a client may ask for. */
export const MAX_PAGE_SIZE = 100;
/** Page size when the client gives none. */
export const DEFAULT_PAGE_SIZE = 20;

/** Relay page information. */
@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Null when the page is empty.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Null when the page is empty.' })
  endCursor!: string | null;
}

/** Forward pagination arguments shared by every connection. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' })
  after?: string | null;
}

/** A page of `T` as returned by `paginate`. */
export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Builds the `XConnection` and `XEdge` object types for node type `nodeType`.
 * Each connection type must be created once, at module load.
 */
export function connectionType<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of records matching the filter, across all pages.' })
    totalCount!: number;
  }
  return Connection;
}

/** Validates the page size and returns it (default applied). */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return first;
}

/**
 * Keyset pagination over `entity` with MikroORM's cursor support: the filter
 * and the order run in SQL, the cursor encodes the last row's sort keys.
 * `orderBy` must end with a unique column (the id) so the order is total.
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  orderBy: QueryOrderMap<T>,
  args: PageArgs,
): Promise<Page<T>> {
  const first = pageSize(args.first);
  if (args.after) assertCursor(args.after, Object.keys(orderBy).length);
  const cursor = await em.findByCursor(entity, {
    where,
    first,
    after: args.after ?? undefined,
    orderBy,
  } as never);
  const items = [...cursor.items] as T[];
  return {
    edges: items.map((node) => ({ node, cursor: cursor.from(node as never) })),
    pageInfo: {
      hasNextPage: cursor.hasNextPage,
      hasPreviousPage: cursor.hasPrevPage,
      startCursor: cursor.startCursor,
      endCursor: cursor.endCursor,
    },
    totalCount: cursor.totalCount as number,
  };
}

const isScalar = (v: unknown): boolean => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** A cursor must decode to one scalar per sort key; anything else is BAD_USER_INPUT, never a SQL error. */
function assertCursor(after: string, keys: number): void {
  let values: unknown;
  try {
    values = Cursor.decode(after);
  } catch {
    values = null;
  }
  if (!Array.isArray(values) || values.length !== keys || !values.every(isScalar)) {
    throw badInput('after', 'after is not a valid cursor');
  }
}
