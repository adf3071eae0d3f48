/** A string enum object: each member's value is its own name, as in `{ LOW: 'LOW', HIGH: 'HIGH' }`. */
export type StringEnum<K extends string> = { readonly [M in K]: M };

/** The member values of an enum object (`EnumMember<typeof TaskPriority>` is `'LOW' | … | 'URGENT'`). */
export type EnumMember<E> = E[keyof E];

/**
 * A string enum declared once from its member names, in order: the frozen
 * object `{ NAME: 'NAME', … }` that a TypeScript `enum` with `NAME = 'NAME'`
 * members compiles to, so MikroORM's `@Enum({ items })` and type-graphql's
 * `registerEnumType` read it the same way. Declare the member type beside it:
 * `export type X = EnumMember<typeof X>`.
 */
export const stringEnum = <const K extends string>(...names: K[]): StringEnum<K> =>
  Object.freeze(Object.fromEntries(names.map((name) => [name, name]))) as StringEnum<K>;
