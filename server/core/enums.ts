/** A string enum object: each member's value is its own name, as in `{ LOW: 'LOW', HIGH: 'HIGH' }`. */
export type StringEnum<K extends string> = { readonly [M in K]: M };

/** The member values of an enum object (`EnumMember<typeof TaskPriority>` is `'LOW' | … | 'URGENT'`). */
export type EnumMember<E> = E[keyof E];

/** The words of a list of names separated by single spaces (`Words<'LOW HIGH'>` is `'LOW' | 'HIGH'`). */
type Words<S extends string> = S extends `${infer W} ${infer Rest}` ? W | Words<Rest> : S;

const NAME = /^[A-Z][A-Z0-9_]*$/;

/**
 * A string enum declared once from its member names, in order:
 * `stringEnum('LOW', 'NORMAL', 'HIGH', 'URGENT')`; a long enum as a few
 * arguments of names separated by single spaces, one line each. Returns the
 * frozen object `{ LOW: 'LOW', … }` that a TypeScript `enum` with
 * `LOW = 'LOW'` members compiles to, so MikroORM's `@Enum({ items })` and
 * type-graphql's `registerEnumType` read it the same way. Declare the member
 * type beside it: `export type X = EnumMember<typeof X>`. Throws on a name
 * that is not UPPER_SNAKE_CASE (a stray space).
 */
export function stringEnum<const S extends string>(...lists: S[]): StringEnum<Words<S>> {
  const names = lists.flatMap((list) => list.split(' '));
  const wrong = names.find((name) => !NAME.test(name));
  if (wrong !== undefined)
    throw new Error(`stringEnum: ${JSON.stringify(wrong)} is not an UPPER_SNAKE_CASE name`);
  return Object.freeze(Object.fromEntries(names.map((name) => [name, name]))) as StringEnum<Words<S>>;
}
