import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { foldForSearch } from '../core/text.js';
import { AreaLevel } from '../modules/areas/area.entity.js';
import { Organization, OrganizationKind } from '../modules/organizations/organization.entity.js';
import { ReportIndicator } from '../modules/reports/indicator.entity.js';
import { dueDate, parsePeriod, type ReportingPeriod } from '../modules/reports/periods.js';
import {
  ReportForm,
  ReportFormIndicator,
  ReportFormRequirement,
} from '../modules/reports/report-form.entity.js';
import { IndicatorSource, PeriodType, SubmissionStatus } from '../modules/reports/report.enums.js';
import { ReportSubmission, ReportValue } from '../modules/reports/submission.entity.js';
import { DEMO_AREA } from './areas.js';
import { readDemoData } from './data.js';
import { DEMO_ORG, TWO_TIER_COMMUNES_START } from './organizations.js';
import { insertInChunks } from './records.js';
import { applyApprovedToRollup } from '../modules/reports/rollup/rollup.maintain.js';

/** The demo's annual report form and the reports of Lạng Sơn (`server/demo/data/reports.json`). */
interface DemoReports {
  form: {
    code: string;
    name: string;
    nameEn: string;
    periodType: PeriodType;
    deadlineDays: number;
    sections: { title: string; codes: string[] }[];
    requirements: { organizationKind: OrganizationKind; areaLevel: AreaLevel }[];
  };
  year: string;
  /** The seeds' figures, spread over the communes that reported (approved). */
  communeTotals: Record<string, number>;
  /** The provincial bodies' own figures (approved). */
  provincial: Record<string, Record<string, number>>;
  returnedCommune: string;
  returnComment: string;
  /** The last communes (by code) have not reported: overdue. */
  overdueCommunes: number;
  /** Of the reporting communes, the first ones reported after the deadline. */
  lateCommunes: number;
  currentYear: { key: string; drafts: number };
}

/** The demo report data. */
export const DEMO_REPORTS: DemoReports = readDemoData('reports');

/** `total` spread over `n` whole parts, the remainder going to the first ones. */
export function spread(total: number, n: number): number[] {
  const base = Math.floor(total / n);
  return Array.from({ length: n }, (_, i) => base + (i < total - base * n ? 1 : 0));
}

interface Commune {
  organizationId: string;
  areaId: string;
  code: string;
}

/**
 * The people's committee of every Lạng Sơn commune: those of the demo organizations, and
 * one new ("UBND xã …", under the provincial people's committee) for each other commune.
 */
async function communeCommittees(
  em: EntityManager,
  orgIds: Map<string, string>,
  provinceAreaId: string,
): Promise<Commune[]> {
  const areas = await em.execute<{ id: string; code: string; name: string }[]>(
    'select id, code, name from administrative_area where parent_id = ? and level = ? order by code',
    [provinceAreaId, AreaLevel.COMMUNE],
  );
  const existing = await em.execute<{ id: string; area_id: string }[]>(
    `select id, area_id from organization where kind = ? and ended_on is null and area_id = any(?::uuid[])`,
    [OrganizationKind.PEOPLES_COMMITTEE, `{${areas.map((a) => a.id).join(',')}}`],
  );
  const byArea = new Map(existing.map((o) => [o.area_id, o.id]));
  const now = new Date();
  const created = areas
    .filter((a) => !byArea.has(a.id))
    .map((a) => {
      const name = `Ủy ban nhân dân ${a.name.charAt(0).toLowerCase()}${a.name.slice(1)}`;
      const id = randomUUID();
      byArea.set(a.id, id);
      return {
        id,
        code: `LS-X${a.code}-UBND`,
        name,
        shortName: `UBND ${a.name.toLowerCase().startsWith('phường') ? 'phường' : 'xã'}`,
        searchKey: foldForSearch(`${name} UBND`),
        kind: OrganizationKind.PEOPLES_COMMITTEE,
        area: a.id,
        parent: orgIds.get(DEMO_ORG.peoplesCommittee)!,
        startedOn: TWO_TIER_COMMUNES_START,
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
    });
  await insertInChunks(em, Organization, created as never[]);
  return areas.map((a) => ({ organizationId: byArea.get(a.id)!, areaId: a.id, code: a.code }));
}

/** Inserts the annual form with its indicators by section and who must submit it. */
async function insertForm(em: EntityManager, indicators: Map<string, ReportIndicator>): Promise<string> {
  const spec = DEMO_REPORTS.form;
  const id = randomUUID();
  const now = new Date();
  await insertInChunks(em, ReportForm, [
    {
      id,
      code: spec.code,
      name: spec.name,
      nameEn: spec.nameEn,
      periodType: spec.periodType,
      deadlineDays: spec.deadlineDays,
      createdAt: now,
      updatedAt: now,
    } as never,
  ]);
  const rows = spec.sections.flatMap((section) =>
    section.codes.map((code) => ({ section: section.title, code })),
  );
  await insertInChunks(
    em,
    ReportFormIndicator,
    rows.map(
      (r, position) =>
        ({
          id: randomUUID(),
          form: id,
          indicator: indicators.get(r.code)!.id,
          position,
          section: r.section,
          createdAt: now,
          updatedAt: now,
        }) as never,
    ),
  );
  await insertInChunks(
    em,
    ReportFormRequirement,
    spec.requirements.map(
      (r) => ({ id: randomUUID(), form: id, ...r, createdAt: now, updatedAt: now }) as never,
    ),
  );
  return id;
}

/** Rows of one submission and its values, for bulk insertion. */
class Batch {
  readonly submissions: Partial<ReportSubmission>[] = [];
  readonly values: Partial<ReportValue>[] = [];
  constructor(
    private readonly formId: string,
    private readonly indicators: Map<string, ReportIndicator>,
    private readonly codes: string[],
  ) {}

  add(
    organization: { id: string; areaId: string; approverId: string | null },
    period: ReportingPeriod,
    fields: Partial<ReportSubmission>,
    values: Record<string, number>,
    withCounted: boolean,
  ): void {
    const id = randomUUID();
    const now = new Date();
    this.submissions.push({
      id,
      form: this.formId as never,
      organization: organization.id as never,
      area: organization.areaId as never,
      approver: organization.approverId as never,
      periodKey: period.key,
      periodStart: period.start,
      periodEnd: period.end,
      dueOn: dueDate(period, DEMO_REPORTS.form.deadlineDays),
      revision: 1,
      current: true,
      version: 1,
      createdAt: now,
      updatedAt: now,
      firstSubmittedAt: fields.submittedAt ?? null,
      ...fields,
    });
    for (const code of this.codes) {
      const indicator = this.indicators.get(code)!;
      if (indicator.source === IndicatorSource.DERIVED) continue;
      if (indicator.source === IndicatorSource.COUNTED && !withCounted) continue;
      if (indicator.source === IndicatorSource.ENTERED && values[code] === undefined) continue;
      this.values.push({
        id: randomUUID(),
        submission: id as never,
        indicator: indicator.id as never,
        value: values[code] ?? 0,
        source: indicator.source,
        createdAt: now,
        updatedAt: now,
      });
    }
  }
}

/** The seeds' commune totals spread over `n` communes: the values of commune `i`. */
function communeValues(n: number): (i: number) => Record<string, number> {
  const parts = Object.fromEntries(
    Object.entries(DEMO_REPORTS.communeTotals).map(([code, total]) => [code, spread(total, n)]),
  );
  return (i) => {
    const values = Object.fromEntries(Object.entries(parts).map(([code, p]) => [code, p[i]!]));
    values.MODELS_REGISTERED = values.MODELS_MAINTAINED! + values.MODELS_NEW!;
    return values;
  };
}

/**
 * The annual form "Báo cáo kết quả công tác dân vận năm" and Lạng Sơn's reports on it: for
 * 2025, the communes' people's committees (approved, a few late, one returned, the last three
 * overdue) carrying the seeds' figures between them (2,875 dialogues; 29/39 petitions resolved;
 * 1,635 = 524 + 1,111 models; 166/200 communes), and the provincial bodies (the Front's 78
 * critiques with 478 opinions); for 2026, drafts of the first communes. Bulk inserts.
 */
export async function insertDemoReports(
  em: EntityManager,
  orgIds: Map<string, string>,
  areaIds: Map<string, string>,
): Promise<{ reportForms: number; reportSubmissions: number }> {
  const indicators = new Map((await em.find(ReportIndicator, {})).map((i) => [i.code, i]));
  const formId = await insertForm(em, indicators);
  const codes = DEMO_REPORTS.form.sections.flatMap((s) => s.codes);
  const provinceAreaId = areaIds.get(DEMO_AREA.langSon)!;
  const communes = await communeCommittees(em, orgIds, provinceAreaId);
  const approverId = orgIds.get(DEMO_ORG.peoplesCommittee)!;
  const batch = new Batch(formId, indicators, codes);
  const year = parsePeriod(PeriodType.YEAR, DEMO_REPORTS.year)!;
  const onTime = new Date(`${year.end}T02:00:00Z`);
  const late = new Date(`${dueDate(year, DEMO_REPORTS.form.deadlineDays + 5)}T02:00:00Z`);
  const approvedAt = new Date(`${dueDate(year, DEMO_REPORTS.form.deadlineDays + 10)}T02:00:00Z`);

  const returned = communes.find((c) => c.code === DEMO_REPORTS.returnedCommune)!;
  const others = communes.filter((c) => c !== returned);
  const reporting = others.slice(0, others.length - DEMO_REPORTS.overdueCommunes);
  const valuesOf = communeValues(reporting.length);
  reporting.forEach((c, i) => {
    batch.add(
      { id: c.organizationId, areaId: c.areaId, approverId },
      year,
      {
        status: SubmissionStatus.APPROVED,
        submittedAt: i < DEMO_REPORTS.lateCommunes ? late : onTime,
        approvedAt,
      },
      valuesOf(i),
      true,
    );
  });
  batch.add(
    { id: returned.organizationId, areaId: returned.areaId, approverId },
    year,
    {
      status: SubmissionStatus.RETURNED,
      submittedAt: onTime,
      returnedAt: approvedAt,
      returnComment: DEMO_REPORTS.returnComment,
    },
    valuesOf(0),
    true,
  );
  const parents = new Map(
    (
      await em.execute<{ id: string; parent_id: string | null; area_id: string }[]>(
        'select id, parent_id, area_id from organization where id = any(?::uuid[])',
        [
          `{${Object.keys(DEMO_REPORTS.provincial)
            .map((code) => orgIds.get(code))
            .join(',')}}`,
        ],
      )
    ).map((o) => [o.id, o]),
  );
  for (const [code, values] of Object.entries(DEMO_REPORTS.provincial)) {
    const o = parents.get(orgIds.get(code)!)!;
    batch.add(
      { id: o.id, areaId: o.area_id, approverId: o.parent_id },
      year,
      { status: SubmissionStatus.APPROVED, submittedAt: onTime, approvedAt },
      values,
      true,
    );
  }

  const current = parsePeriod(PeriodType.YEAR, DEMO_REPORTS.currentYear.key)!;
  const drafts = communeValues(reporting.length);
  communes.slice(0, DEMO_REPORTS.currentYear.drafts).forEach((c, i) => {
    const { PROPAGANDA_SESSIONS, PROPAGANDA_PARTICIPANTS, MEDIATION_TEAMS, MEDIATORS } = drafts(i);
    batch.add(
      { id: c.organizationId, areaId: c.areaId, approverId },
      current,
      { status: SubmissionStatus.DRAFT },
      {
        PROPAGANDA_SESSIONS: PROPAGANDA_SESSIONS!,
        PROPAGANDA_PARTICIPANTS: PROPAGANDA_PARTICIPANTS!,
        MEDIATION_TEAMS: MEDIATION_TEAMS!,
        MEDIATORS: MEDIATORS!,
      },
      false,
    );
  });
  await insertInChunks(em, ReportSubmission, batch.submissions);
  await insertInChunks(em, ReportValue, batch.values);
  // Bulk inserts skip the commands: the roll-up's pre-aggregate takes the approved reports here.
  await applyApprovedToRollup(
    em,
    batch.submissions.filter((s) => s.status === SubmissionStatus.APPROVED).map((s) => s.id!),
  );
  return { reportForms: 1, reportSubmissions: batch.submissions.length };
}
