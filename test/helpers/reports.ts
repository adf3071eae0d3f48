/**
 * Set-ups shared by the periodic report tests (test/reports/): a province whose Fatherland Front
 * approves the reports of the communes' Fronts below it, report forms built from the seeded
 * indicators, and the GraphQL documents several files use.
 */
import { afterAll, beforeAll } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../server/core/access.js';
import { toGlobalId } from '../../server/core/ids.js';
import { todayInVietnam } from '../../server/core/scalars.js';
import { AreaLevel } from '../../server/modules/areas/area.entity.js';
import { OrganizationKind } from '../../server/modules/organizations/organization.entity.js';
import { ReportIndicator } from '../../server/modules/reports/indicator.entity.js';
import { periodContaining, previousPeriod } from '../../server/modules/reports/periods.js';
import {
  ReportForm,
  ReportFormIndicator,
  ReportFormRequirement,
} from '../../server/modules/reports/report-form.entity.js';
import { IndicatorSource, IndicatorUnit, PeriodType } from '../../server/modules/reports/report.enums.js';
import {
  makeArea,
  makeCommunes,
  makeOrganization,
  makeUser,
  makeUserWith,
  unique,
  type TestUser,
} from './factories.js';
import { ok } from './results.js';
import { startTestServer, type TestServer } from './server.js';

export const SUBMISSION = `id periodKey periodStart periodEnd dueOn revision current status version
  correctionReason returnComment submittedAt approvedAt
  organization { id } approver { id } form { id }
  values { value source indicator { code } }
  viewerCan { edit review }`;

export const SAVE = `mutation($i: SaveReportDraftInput!) { saveReportDraft(input: $i) { submission { ${SUBMISSION} } } }`;
export const SUBMIT = `mutation($i: ReportChangeInput!) { submitReport(input: $i) { submission { ${SUBMISSION} } } }`;
export const APPROVE = `mutation($i: ReportChangeInput!) { approveReport(input: $i) { submission { ${SUBMISSION} } } }`;
export const RETURN = `mutation($i: ReturnReportInput!) { returnReport(input: $i) { submission { ${SUBMISSION} } } }`;
export const CORRECT = `mutation($i: CorrectReportInput!) { correctReport(input: $i) { submission { ${SUBMISSION} corrects { id status current revision } } } }`;

/** A submission as the documents above read it. */
export interface Sub {
  id: string;
  periodKey: string;
  dueOn: string;
  revision: number;
  current: boolean;
  status: string;
  version: number;
  correctionReason: string | null;
  returnComment: string | null;
  approver: { id: string } | null;
  form: { id: string };
  values: { value: number; source: string; indicator: { code: string } }[];
  viewerCan: { edit: boolean; review: boolean };
  corrects?: { id: string; status: string; current: boolean; revision: number } | null;
}

/** This file's test server (started by `useReportsServer()`). */
export let ts: TestServer;
export let admin: TestUser;

/** Starts this file's server (and its administrator) before its tests, stops it after. */
export function useReportsServer(): void {
  beforeAll(async () => {
    ts = await startTestServer();
    admin = await makeUser(ts.orm, { isSystemAdmin: true });
  });
  afterAll(() => ts?.stop());
}

/** The values of a submission by indicator code. */
export const valuesOf = (s: Sub): Record<string, number> =>
  Object.fromEntries(s.values.map((v) => [v.indicator.code, v.value]));

/** The last period of `type` that has ended (today lies in the next one). */
export const endedPeriod = (type: PeriodType) => previousPeriod(periodContaining(type, todayInVietnam()));
/** The period of `type` that holds today (not ended). */
export const currentPeriod = (type: PeriodType) => periodContaining(type, todayInVietnam());

/** An ENTERED indicator of its own (e.g. a percentage), with a unique code. */
export async function makeIndicator(em: EntityManager, unit: IndicatorUnit): Promise<ReportIndicator> {
  const code = unique('TEST_').toUpperCase().replace(/-/g, '_');
  const indicator = em.create(ReportIndicator, {
    code,
    nameVi: `Chỉ tiêu thử ${code}`,
    nameEn: `Test indicator ${code}`,
    unit,
    source: IndicatorSource.ENTERED,
  });
  await em.flush();
  return indicator;
}

/** A form of `codes` (seeded or made indicators), required of `kind` at `level`. */
export async function makeForm(
  em: EntityManager,
  options: {
    codes: string[];
    periodType?: PeriodType;
    deadlineDays?: number;
    kind?: OrganizationKind;
    level?: AreaLevel;
  },
): Promise<ReportForm> {
  const form = em.create(ReportForm, {
    code: unique('F-'),
    name: `Báo cáo công tác dân vận ${unique()}`,
    periodType: options.periodType ?? PeriodType.YEAR,
    deadlineDays: options.deadlineDays ?? 10,
  });
  const indicators = await em.find(ReportIndicator, { code: { $in: options.codes } });
  options.codes.forEach((code, position) => {
    const indicator = indicators.find((i) => i.code === code);
    if (!indicator) throw new Error(`no indicator ${code}`);
    em.create(ReportFormIndicator, { form, indicator, position, section: 'Kết quả' });
  });
  em.create(ReportFormRequirement, {
    form,
    organizationKind: options.kind ?? OrganizationKind.FATHERLAND_FRONT,
    areaLevel: options.level ?? AreaLevel.COMMUNE,
  });
  await em.flush();
  return form;
}

export const formGid = (f: { id: string }) => toGlobalId('ReportForm', f.id);

/**
 * A province whose Fatherland Front (the approver) is above `communes` communes' Fronts; a
 * member of the first commune's Front (the reporter), a coordinator on the province's Front
 * (the approver), a coordinator elsewhere. On `server` (by default the reports module's test server).
 */
export async function makeReportWorld(communes = 3, server: TestServer = ts) {
  const em = server.orm.em.fork();
  const province = await makeArea(em, { name: `Tỉnh ${unique()}` });
  const provinceFront = await makeOrganization(em, {
    area: province,
    name: `Ủy ban MTTQ tỉnh ${unique()}`,
    kind: OrganizationKind.FATHERLAND_FRONT,
  });
  const { areas: communeAreas, organizations: fronts } = await makeCommunes(em, {
    province,
    parent: provinceFront,
    kind: OrganizationKind.FATHERLAND_FRONT,
    count: communes,
    nameOf: (i) => `Ủy ban MTTQ xã ${String.fromCharCode(65 + i)} ${unique()}`,
  });
  const outsider = await makeOrganization(em, { area: await makeArea(em), name: `Cơ quan khác ${unique()}` });
  return {
    em,
    province,
    provinceFront,
    communeAreas,
    fronts,
    outsider,
    reporter: await makeUserWith(server.orm, fronts[0]!.id, Role.MEMBER),
    approver: await makeUserWith(server.orm, provinceFront.id, Role.COORDINATOR),
    outsiderCoordinator: await makeUserWith(server.orm, outsider.id, Role.COORDINATOR),
  };
}

export type ReportWorld = Awaited<ReturnType<typeof makeReportWorld>>;

/** Saves a draft over the API and returns the submission (the call must succeed). */
export async function saveDraft(
  input: {
    formId: string;
    organizationId: string;
    periodKey: string;
    values?: { indicatorCode: string; value: number | null }[];
    expectedVersion?: number | null;
  },
  token: string,
): Promise<Sub> {
  const result = await ts.gql<{ saveReportDraft: { submission: Sub } }>(
    SAVE,
    { i: { values: [], expectedVersion: null, ...input } },
    token,
  );
  return ok(result).saveReportDraft.submission;
}

/** Runs a change mutation (`SUBMIT`, `APPROVE`, …) that must succeed. */
export async function change(document: string, input: Record<string, unknown>, token: string): Promise<Sub> {
  return Object.values(ok(await attempt(document, input, token)))[0]!.submission;
}

/** Runs a submission mutation (`$i` its input) and returns its result as it is, errors included. */
export const attempt = (document: string, input: Record<string, unknown>, token: string) =>
  ts.gql<Record<string, { submission: Sub }>>(document, { i: input }, token);
