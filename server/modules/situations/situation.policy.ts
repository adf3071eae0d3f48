import { Role } from '../../core/access.js';
import { anyone, definePolicy } from '../../core/policy.js';

/** What the report policy needs: the reporting organization. */
export interface ReportAccessView {
  id: string;
  organizationId: string;
}

/** What the complex-situation policy needs: the opening organization and the handling ones. */
export interface SituationAccessView {
  id: string;
  organizationId: string;
  handlerIds: string[];
}

/** The organizations a complex situation concerns: the one that opened it, then the handling ones. */
export const concernedOrganizationIds = (s: SituationAccessView): string[] => [
  s.organizationId,
  ...s.handlerIds,
];

/** A situation report is visible to its organization and to those above it. */
export const situationReportPolicy = definePolicy<ReportAccessView, never>(
  'SituationReport',
  (access, report) => access.has(Role.VIEWER, report.organizationId),
  {},
);

/**
 * A complex situation is visible to the organization that opened it and to
 * the handling organizations (and to those above them). Its status and
 * escalation are changed by COORDINATOR on any of them; a response program
 * is started by COORDINATOR on the opening organization (which owns the program).
 */
export const situationPolicy = definePolicy<
  SituationAccessView,
  'update' | 'changeStatus' | 'escalate' | 'startResponseProgram'
>('ComplexSituation', (access, s) => access.hasAny(Role.VIEWER, concernedOrganizationIds(s)), {
  update: (access, s) => access.has(Role.COORDINATOR, s.organizationId),
  changeStatus: (access, s) => access.hasAny(Role.COORDINATOR, concernedOrganizationIds(s)),
  escalate: (access, s) => access.hasAny(Role.COORDINATOR, concernedOrganizationIds(s)),
  startResponseProgram: (access, s) => access.has(Role.COORDINATOR, s.organizationId),
});

/**
 * Rules of the situations module on an organization (the parent): reporting
 * for it and opening a complex situation in its name need COORDINATOR on it.
 */
export const situationOrganizationPolicy = definePolicy<
  { id: string },
  'reportSituation' | 'openComplexSituation'
>('Organization', anyone, {
  reportSituation: (access, organization) => access.has(Role.COORDINATOR, organization.id),
  openComplexSituation: (access, organization) => access.has(Role.COORDINATOR, organization.id),
});

/** SQL (alias `s` = complex_situation): the viewer reaches the opener or a handler (`reach`; parameters twice). */
export const SITUATION_VISIBLE_SQL = (reach: string): string =>
  `(s.organization_id = any(array${reach}) or exists (select 1 from complex_situation_handler vh
     where vh.situation_id = s.id and vh.organization_id = any(array${reach})))`;
