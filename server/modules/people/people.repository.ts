import { raw, type FilterQuery } from '@mikro-orm/postgresql';
import { escapeLike, foldForSearch } from '../../core/text.js';
import type { Person } from './person.entity.js';

/**
 * Filter for people, built in SQL. `search` matches the folded full name
 * (case and diacritics ignored); `organizationId` (a database id) keeps the
 * people who hold or held any position in that organization.
 */
export function peopleWhere(filter: {
  search?: string | null;
  organizationId?: string | null;
}): FilterQuery<Person> {
  const where: FilterQuery<Person> & Record<string, unknown> = {};
  const search = filter.search ? foldForSearch(filter.search) : '';
  if (search) where.searchKey = { $like: `%${escapeLike(search)}%` };
  if (filter.organizationId) {
    const holdsPosition = raw(
      (alias: string) => `${alias}.id in (select person_id from position where organization_id = ?)`,
      [filter.organizationId],
    );
    Object.assign(where, { [holdsPosition]: [] });
  }
  return where;
}
