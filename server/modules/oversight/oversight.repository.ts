import type { ViewerAccess } from '../../core/access.js';
import { type ListQuery, newestFirst, rootListQuery } from '../../core/read/keyset.js';
import { Conditions } from '../../core/read/conditions.js';
import { IN_ORGANIZATION_SUBTREE_SQL } from '../organizations/organization.subtree.js';
import type { CritiqueForm } from './critique.entity.js';
import { EITHER_VISIBLE_SQL } from './oversight.policy.js';
import type { SupervisionSubjectKind } from './supervision.entity.js';

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

/** The viewer's visibility (owner or the other organization), then the common filters. */
function start(
  access: ViewerAccess,
  alias: string,
  other: string,
  filter: { organizationId?: string | null; search?: string | null },
): Conditions {
  const c = new Conditions();
  if (!access.isSystemAdmin) {
    const visible = EITHER_VISIBLE_SQL(alias, 'organization_id', other, access.reach.sql);
    c.add(visible, ...access.reach.params, ...access.reach.params);
  }
  if (filter.organizationId)
    c.add(IN_ORGANIZATION_SUBTREE_SQL(`${alias}.organization_id`), filter.organizationId);
  return c.search(`${alias}.search_key`, filter.search);
}

/** The critique filter in SQL (alias `c`), restricted to what the viewer may read. */
export function critiqueConditions(filter: CritiqueListFilter, access: ViewerAccess): Conditions {
  const c = start(access, 'c', 'drafting_organization_id', filter);
  if (filter.draftingOrganizationId)
    c.add(IN_ORGANIZATION_SUBTREE_SQL('c.drafting_organization_id'), filter.draftingOrganizationId);
  c.oneOf('c.form', filter.forms)
    .given('c.held_on >= ?::date', filter.heldFrom)
    .given('c.held_on <= ?::date', filter.heldTo);
  if (filter.answered === true) c.add('c.taken_in is not null');
  if (filter.answered === false) c.add('c.taken_in is null');
  return c;
}

/** The supervision filter in SQL (alias `s`), restricted to what the viewer may read. */
export function supervisionConditions(filter: SupervisionListFilter, access: ViewerAccess): Conditions {
  const c = start(access, 's', 'subject_organization_id', filter);
  if (filter.subjectOrganizationId)
    c.add(IN_ORGANIZATION_SUBTREE_SQL('s.subject_organization_id'), filter.subjectOrganizationId);
  return c
    .oneOf('s.subject_kind', filter.subjectKinds)
    .given('s.period_end >= ?::date', filter.periodFrom)
    .given('s.period_start <= ?::date', filter.periodTo);
}

/** The `socialCritiques` list, latest held first. */
export const critiqueListQuery = (filter: CritiqueListFilter, access: ViewerAccess): ListQuery =>
  rootListQuery('social_critique', 'c', critiqueConditions(filter, access), newestFirst('c', 'held_on'));

/** The `supervisions` list, latest concluded first. */
export const supervisionListQuery = (filter: SupervisionListFilter, access: ViewerAccess): ListQuery =>
  rootListQuery('supervision', 's', supervisionConditions(filter, access), newestFirst('s', 'concluded_on'));
