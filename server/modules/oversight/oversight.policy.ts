import { Role } from '../../core/access.js';
import { anyone, definePolicy } from '../../core/policy.js';
import type { Plain } from '../../core/read/rows.js';
import type { SocialCritique } from './critique.entity.js';
import type { Supervision } from './supervision.entity.js';

/** What the critique policy needs: the critiquing organization and the drafting body. */
export interface CritiqueAccessView {
  id: string;
  organizationId: string;
  draftingOrganizationId: string;
}

/** What the supervision policy needs: the supervising organization and the supervised one, if any. */
export interface SupervisionAccessView {
  id: string;
  organizationId: string;
  subjectOrganizationId: string | null;
}

/** The policy view of a critique (its columns say it all). */
export const critiqueView = (c: Plain<SocialCritique>): CritiqueAccessView => ({
  id: c.id,
  organizationId: c.organization.id,
  draftingOrganizationId: c.draftingOrganization.id,
});

/** The policy view of a supervision (its columns say it all). */
export const supervisionView = (s: Plain<Supervision>): SupervisionAccessView => ({
  id: s.id,
  organizationId: s.organization.id,
  subjectOrganizationId: s.subjectOrganization?.id ?? null,
});

/**
 * A social critique is visible to the critiquing organization and to the
 * drafting body (and to those above either). The drafting body answers it
 * (COORDINATOR there): whether it took the opinions in, and how.
 */
export const critiquePolicy = definePolicy<CritiqueAccessView, 'update' | 'answer'>(
  'SocialCritique',
  (access, c) => access.hasAny(Role.VIEWER, [c.organizationId, c.draftingOrganizationId]),
  {
    update: (access, c) => access.has(Role.COORDINATOR, c.organizationId),
    answer: (access, c) => access.has(Role.COORDINATOR, c.draftingOrganizationId),
  },
);

/**
 * A supervision is visible to the supervising organization and to the
 * supervised one (and to those above either). An answer to a recommendation
 * is recorded by COORDINATOR on the supervised organization or on the
 * supervising one (which receives it in writing); turning a recommendation
 * into a task needs COORDINATOR on the supervising organization — and the
 * tasks module's own rule for creating the task.
 */
export const supervisionPolicy = definePolicy<SupervisionAccessView, 'update' | 'answer' | 'turnIntoTask'>(
  'Supervision',
  (access, s) =>
    access.hasAny(Role.VIEWER, [
      s.organizationId,
      ...(s.subjectOrganizationId ? [s.subjectOrganizationId] : []),
    ]),
  {
    update: (access, s) => access.has(Role.COORDINATOR, s.organizationId),
    answer: (access, s) =>
      access.hasAny(Role.COORDINATOR, [
        s.organizationId,
        ...(s.subjectOrganizationId ? [s.subjectOrganizationId] : []),
      ]),
    turnIntoTask: (access, s) => access.has(Role.COORDINATOR, s.organizationId),
  },
);

/**
 * Rules of the oversight module on an organization (the parent): recording a
 * social critique or a supervision it made needs COORDINATOR on it.
 * `Organization.viewerCan { recordSocialCritique recordSupervision }`.
 */
export const oversightOrganizationPolicy = definePolicy<
  { id: string },
  'recordSocialCritique' | 'recordSupervision'
>('Organization', anyone, {
  recordSocialCritique: (access, organization) => access.has(Role.COORDINATOR, organization.id),
  recordSupervision: (access, organization) => access.has(Role.COORDINATOR, organization.id),
});

/** SQL: a record (alias `x`) whose organization column `a` or `b` the viewer reaches (`reach`; parameters twice). */
export const EITHER_VISIBLE_SQL = (x: string, a: string, b: string, reach: string): string =>
  `(${x}.${a} = any(array${reach}) or ${x}.${b} = any(array${reach}))`;
