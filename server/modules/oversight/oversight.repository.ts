import type { ViewerAccess } from '../../core/access.js';
import type { ListQuery, SortKey } from '../../core/read/keyset.js';
import { escapeLike, foldForSearch } from '../../core/text.js';
import { IN_ORGANIZATION_SUBTREE_SQL } from '../organizations/organization.subtree.js';
import type { CritiqueForm } from './critique.entity.js';
import { EITHER_VISIBLE_SQL } from './oversight.policy.js';
import type { SupervisionSubjectKind } from './supervision.entity.js';

/** SQL conditions and their parameters, in order. */
interface Conditions {
  where: string[];
  params: unknown[];
}

/** Filters of critique lists, with database ids. */
export interface CritiqueListFilter {
  organizationId?: string | null;
  draftingOrganizationId?: string | null;
  forms?: CritiqueForm[] | null;
  heldFrom?: string | null;
  heldTo?: string | null;
  answered?: boolean | null;
  search?: string | null;
}

/** Filters of supervision lists, with database ids. */
export interface SupervisionListFilter {
  organizationId?: string | null;
  subjectOrganizationId?: string | null;
  subjectKinds?: SupervisionSubjectKind[] | null;
  periodFrom?: string | null;
  periodTo?: string | null;
  search?: string | null;
}

/** Adds `sql` with `params` to `c` (a fluent helper for optional conditions). */
function add(c: Conditions, sql: string, ...params: unknown[]): void {
  c.where.push(sql);
  c.params.push(...params);
}

/** The viewer's visibility (owner or the other organization), then the common filters. */
function start(
  access: ViewerAccess,
  alias: string,
  other: string,
  filter: { organizationId?: string | null; search?: string | null },
): Conditions {
  const c: Conditions = { where: [], params: [] };
  if (!access.isSystemAdmin) {
    add(
      c,
      EITHER_VISIBLE_SQL(alias, 'organization_id', other, access.reach.sql),
      ...access.reach.params,
      ...access.reach.params,
    );
  }
  if (filter.organizationId)
    add(c, IN_ORGANIZATION_SUBTREE_SQL(`${alias}.organization_id`), filter.organizationId);
  const search = filter.search ? foldForSearch(filter.search) : '';
  if (search) add(c, `${alias}.search_key like ?`, `%${escapeLike(search)}%`);
  return c;
}

/** The critique filter in SQL (alias `c`), restricted to what the viewer may read. */
export function critiqueConditions(filter: CritiqueListFilter, access: ViewerAccess): Conditions {
  const c = start(access, 'c', 'drafting_organization_id', filter);
  if (filter.draftingOrganizationId)
    add(c, IN_ORGANIZATION_SUBTREE_SQL('c.drafting_organization_id'), filter.draftingOrganizationId);
  if (filter.forms?.length) add(c, 'c.form = any(?::text[])', `{${filter.forms.join(',')}}`);
  if (filter.heldFrom) add(c, 'c.held_on >= ?::date', filter.heldFrom);
  if (filter.heldTo) add(c, 'c.held_on <= ?::date', filter.heldTo);
  if (filter.answered === true) c.where.push('c.taken_in is not null');
  if (filter.answered === false) c.where.push('c.taken_in is null');
  return c;
}

/** The supervision filter in SQL (alias `s`), restricted to what the viewer may read. */
export function supervisionConditions(filter: SupervisionListFilter, access: ViewerAccess): Conditions {
  const c = start(access, 's', 'subject_organization_id', filter);
  if (filter.subjectOrganizationId)
    add(c, IN_ORGANIZATION_SUBTREE_SQL('s.subject_organization_id'), filter.subjectOrganizationId);
  if (filter.subjectKinds?.length)
    add(c, 's.subject_kind = any(?::text[])', `{${filter.subjectKinds.join(',')}}`);
  if (filter.periodFrom) add(c, 's.period_end >= ?::date', filter.periodFrom);
  if (filter.periodTo) add(c, 's.period_start <= ?::date', filter.periodTo);
  return c;
}

/** Newest first (by the date, then id). */
const newest = (alias: string, column: string): SortKey[] => [
  { expr: `${alias}.${column}`, dir: 'desc', kind: 'date' },
  { expr: `${alias}.id`, dir: 'desc', kind: 'uuid' },
];

/** The `socialCritiques` list, latest held first. */
export const critiqueListQuery = (filter: CritiqueListFilter, access: ViewerAccess): ListQuery => ({
  select: 'c.*',
  from: 'social_critique c',
  parent: null,
  ...critiqueConditions(filter, access),
  keys: newest('c', 'held_on'),
});

/** The `supervisions` list, latest concluded first. */
export const supervisionListQuery = (filter: SupervisionListFilter, access: ViewerAccess): ListQuery => ({
  select: 's.*',
  from: 'supervision s',
  parent: null,
  ...supervisionConditions(filter, access),
  keys: newest('s', 'concluded_on'),
});
