/**
 * What an edit of a record's details changes (the `update<Record>` commands):
 * of `fields`, those `input` gives and that differ from `record`. A field left
 * out (undefined) stays as it is; a `required` one also stays when given null
 * (it cannot be cleared); any other is cleared by null. Nothing changed: an
 * empty object (the command then keeps the version and publishes nothing).
 */
export function changedDetails<T extends object, K extends keyof T & string>(
  record: T,
  input: Partial<Record<K, unknown>>,
  fields: readonly K[],
  required: readonly K[] = [],
): Partial<Pick<T, K>> {
  const changed: Partial<Pick<T, K>> = {};
  for (const field of fields) {
    const value = input[field];
    if (value === undefined || (value === null && required.includes(field))) continue;
    if (record[field] !== value) changed[field] = value as T[K];
  }
  return changed;
}
