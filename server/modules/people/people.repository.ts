import { type ListQuery, rootListQuery } from '../../core/read/keyset.js';
import { Conditions } from '../../core/read/conditions.js';

/**
 * The `people` list (alias `p`), by full name: every signed-in user reads
 * names and positions. `search` matches the folded full name (case and
 * diacritics ignored); `organizationId` (a database id) keeps the people who
 * hold or held any position in that organization.
 */
export function peopleListQuery(filter: {
  search?: string | null;
  organizationId?: string | null;
}): ListQuery {
  const conditions = new Conditions()
    .search('p.search_key', filter.search)
    .given('p.id in (select person_id from position where organization_id = ?)', filter.organizationId);
  return rootListQuery('person', 'p', conditions, [
    { expr: 'p.full_name', dir: 'asc', kind: 'text' },
    { expr: 'p.id', dir: 'asc', kind: 'uuid' },
  ]);
}
