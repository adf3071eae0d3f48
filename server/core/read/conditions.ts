import type { SqlFragment } from '../access.js';
import { escapeLike, foldForSearch } from '../text.js';

/**
 * The conditions of a list (`ListQuery.where`) and their positional (`?`)
 * parameters, built in order: each method adds a condition only when its
 * value narrows the list.
 */
export class Conditions {
  readonly where: string[] = [];
  readonly params: unknown[] = [];

  /** Adds `sql` with its parameters. */
  add(sql: string, ...params: unknown[]): this {
    this.where.push(sql);
    this.params.push(...params);
    return this;
  }

  /** Adds `sql` with `value` as its one parameter when a value is given (not null, undefined, false or ''). */
  given(sql: string, value: unknown): this {
    return value === null || value === undefined || value === false || value === ''
      ? this
      : this.add(sql, value);
  }

  /** Adds a condition with its parameters when there is one (a policy's `where`; null: every row). */
  fragment(fragment: SqlFragment | null): this {
    return fragment ? this.add(fragment.sql, ...fragment.params) : this;
  }

  /** `column` is one of `values` (text values, e.g. enum members), when some are given. */
  oneOf(column: string, values: readonly string[] | null | undefined): this {
    return values?.length ? this.add(`${column} = any(?::text[])`, `{${values.join(',')}}`) : this;
  }

  /** The folded `column` contains `text`, folded (case and diacritics ignored), when it is not blank. */
  search(column: string, text: string | null | undefined): this {
    const folded = text ? foldForSearch(text) : '';
    return folded ? this.add(`${column} like ?`, `%${escapeLike(folded)}%`) : this;
  }
}
