/**
 * The roll-up (issue 16 §3) over a generated tree: a province → two districts → three communes,
 * two kinds of organizations in each commune reporting monthly on two typed counts and their
 * ratio, for 2023 and 2024 (some months missing, one report only submitted). Sums and ratios are
 * checked against figures computed by hand from the generated values; the previous run beside
 * each value; APPROVED vs LIVE; expected reports; drill-down and back; statements per request;
 * the write path keeping the pre-aggregate current on approval and on a correction.
 */
import { randomUUID } from 'node:crypto';
import { ref } from '@mikro-orm/postgresql';
import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/core/access.js';
import { toGlobalId } from '../../server/core/ids.js';
import { AreaLevel, type AdministrativeArea } from '../../server/modules/areas/area.entity.js';
import {
  type Organization,
  OrganizationKind,
} from '../../server/modules/organizations/organization.entity.js';
import { ReportIndicator } from '../../server/modules/reports/indicator.entity.js';
import { parsePeriod } from '../../server/modules/reports/periods.js';
import {
  IndicatorAggregation,
  IndicatorSource,
  IndicatorUnit,
  PeriodType,
  SubmissionStatus,
} from '../../server/modules/reports/report.enums.js';
import { ReportFormRequirement } from '../../server/modules/reports/report-form.entity.js';
import { applyApprovedToRollup } from '../../server/modules/reports/rollup/rollup.maintain.js';
import { makeArea, makeOrganization, makeUserWith, unique } from '../helpers/factories.js';
import {
  admin,
  APPROVE,
  CORRECT,
  change,
  endedPeriod,
  formGid,
  makeForm,
  makeIndicator,
  SUBMIT,
  saveDraft,
  ts,
  useReportsServer,
} from '../helpers/reports.js';
import { ok } from '../helpers/results.js';

useReportsServer();

interface Figure {
  fromPeriod: string;
  toPeriod: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  reports: number;
  expectedReports: number;
}
interface Row extends Figure {
  indicatorCode: string;
  source: string;
  areaId: string | null;
  ownLevel: boolean;
  organizationKind: string | null;
  previous: Figure | null;
}
interface Result {
  areaId: string | null;
  parentAreaId: string | null;
  periods: string[];
  values: Row[];
}

const FIGURE = 'fromPeriod toPeriod value numerator denominator reports expectedReports';
const QUERY = `query($i: IndicatorValuesInput!) { indicatorValues(input: $i) { areaId parentAreaId periods
  values { indicatorCode source areaId ownLevel organizationKind ${FIGURE} previous { ${FIGURE} } } } }`;

const areaGid = (a: { id: string }) => toGlobalId('AdministrativeArea', a.id);

/** The generated tree and its values. */
let province: AdministrativeArea;
let districts: AdministrativeArea[];
let communes: AdministrativeArea[];
let orgs: { org: Organization; commune: AdministrativeArea; district: AdministrativeArea }[];
let A: string;
let B: string;
let R: string;
/** Approved values: org id → month key → [a, b]. */
const approved = new Map<string, Map<string, [number, number]>>();

/** Deterministic values of organization `i` in month `m` of `year`. */
const valuesOf = (i: number, year: number, m: number): [number, number] => [
  (i + 1) * m + (year - 2020),
  (i + 2) * 10 + m,
];

beforeAll(async () => {
  const em = ts.orm.em.fork();
  province = await makeArea(em, { name: `Tỉnh ${unique()}` });
  districts = [];
  communes = [];
  orgs = [];
  const provinceFront = await makeOrganization(em, {
    area: province,
    kind: OrganizationKind.FATHERLAND_FRONT,
    name: `MTTQ tỉnh ${unique()}`,
  });
  for (const [d, count] of [2, 1].entries()) {
    const district = await makeArea(em, {
      name: `Huyện ${d} ${unique()}`,
      level: AreaLevel.DISTRICT,
      parent: province,
    });
    districts.push(district);
    for (let c = 0; c < count; c++) {
      const commune = await makeArea(em, {
        name: `Xã ${d}${c} ${unique()}`,
        level: AreaLevel.COMMUNE,
        parent: district,
      });
      communes.push(commune);
      for (const kind of [OrganizationKind.FATHERLAND_FRONT, OrganizationKind.PEOPLES_COMMITTEE]) {
        const org = await makeOrganization(em, { area: commune, kind, parent: provinceFront });
        orgs.push({ org, commune, district });
      }
    }
  }
  const a = await makeIndicator(em, IndicatorUnit.COUNT);
  const b = await makeIndicator(em, IndicatorUnit.COUNT);
  A = a.code;
  B = b.code;
  R = `${A}_RATE`;
  em.create(ReportIndicator, {
    code: R,
    nameVi: 'Tỷ lệ thử',
    nameEn: 'Test rate',
    unit: IndicatorUnit.PERCENT,
    source: IndicatorSource.DERIVED,
    aggregation: IndicatorAggregation.RATIO,
    numeratorCode: A,
    denominatorCode: B,
  });
  await em.flush();
  const form = await makeForm(em, { codes: [A, B], periodType: PeriodType.MONTH });
  em.create(ReportFormRequirement, {
    form,
    organizationKind: OrganizationKind.PEOPLES_COMMITTEE,
    areaLevel: AreaLevel.COMMUNE,
  });
  await em.flush();
  // Approved reports for every month of 2023 and 2024, except: the last organization did not
  // report January–June 2024; the first one's March 2024 report is only submitted.
  const ids: string[] = [];
  const conn = em.getConnection();
  for (const [i, { org, commune }] of orgs.entries()) {
    approved.set(org.id, new Map());
    for (const year of [2023, 2024]) {
      for (let m = 1; m <= 12; m++) {
        const key = `${year}-${String(m).padStart(2, '0')}`;
        if (i === orgs.length - 1 && year === 2024 && m <= 6) continue;
        const status = i === 0 && key === '2024-03' ? SubmissionStatus.SUBMITTED : SubmissionStatus.APPROVED;
        const period = parsePeriod(PeriodType.MONTH, key)!;
        const id = randomUUID();
        const [va, vb] = valuesOf(i, year, m);
        await conn.execute(
          `insert into report_submission (id, created_at, updated_at, form_id, organization_id, area_id, period_key,
             period_start, period_end, due_on, revision, current, status, version)
           values (?, now(), now(), ?, ?, ?, ?, ?, ?, ?, 1, true, ?, 1)`,
          [id, form.id, org.id, commune.id, key, period.start, period.end, period.end, status],
        );
        for (const [indicator, value] of [
          [a.id, va],
          [b.id, vb],
        ] as const) {
          await conn.execute(
            `insert into report_value (id, created_at, updated_at, submission_id, indicator_id, value, source)
             values (gen_random_uuid(), now(), now(), ?, ?, ?, 'ENTERED')`,
            [id, indicator, value],
          );
        }
        if (status === SubmissionStatus.APPROVED) {
          ids.push(id);
          approved.get(org.id)!.set(key, [va, vb]);
        }
      }
    }
  }
  await em.transactional((tx) => applyApprovedToRollup(tx, ids));
}, 120_000);

/** Hand-computed sums of [a, b] and the report count over organizations `of` and months `keys`. */
function sums(
  of: (o: (typeof orgs)[number]) => boolean,
  keys: string[],
): { a: number; b: number; reports: number } {
  let a = 0;
  let b = 0;
  let reports = 0;
  for (const o of orgs.filter(of)) {
    for (const key of keys) {
      const v = approved.get(o.org.id)!.get(key);
      if (!v) continue;
      a += v[0];
      b += v[1];
      reports++;
    }
  }
  return { a, b, reports };
}
const months = (year: number, from = 1, to = 12) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${year}-${String(from + i).padStart(2, '0')}`);
const rate = (s: { a: number; b: number }) => Math.round((s.a / s.b) * 100 * 10000) / 10000;

async function rollUp(input: Record<string, unknown>, token = admin.token) {
  return ts.gql<{ indicatorValues: Result }>(
    QUERY,
    { i: { periodType: 'YEAR', from: '2024', ...input } },
    token,
  );
}

describe('indicatorValues over a generated tree', () => {
  it('sums a year of monthly reports and recomputes the ratio from the summed parts, last year beside it', async () => {
    const result = ok(await rollUp({ indicatorCodes: [A, R], areaId: areaGid(province) })).indicatorValues;
    const y24 = sums(() => true, months(2024));
    const y23 = sums(() => true, months(2023));
    const [a, r] = result.values;
    expect(a).toMatchObject({
      indicatorCode: A,
      source: 'APPROVED',
      value: y24.a,
      reports: y24.reports,
      expectedReports: orgs.length * 12,
      fromPeriod: '2024',
      previous: { fromPeriod: '2023', value: y23.a, reports: y23.reports },
    });
    // 6 organizations × 12 months, less the 6 missing months and the one only submitted.
    expect(y24.reports).toBe(72 - 6 - 1);
    expect(r).toMatchObject({ value: rate(y24), numerator: y24.a, denominator: y24.b });
    expect(r!.previous).toMatchObject({ value: rate(y23) });
  });

  it('expects reports of an owned form only from units in its owner’s area (a district’s form binds its own)', async () => {
    const em = ts.orm.em.fork();
    const c = await makeIndicator(em, IndicatorUnit.COUNT);
    const owner = await makeOrganization(em, {
      area: districts[0]!,
      kind: OrganizationKind.FATHERLAND_FRONT,
    });
    const form = await makeForm(em, { codes: [c.code], periodType: PeriodType.MONTH });
    form.owner = ref(owner);
    await em.flush();
    const inDistrict = orgs.filter(
      (o) => o.district.id === districts[0]!.id && o.org.kind === OrganizationKind.FATHERLAND_FRONT,
    );
    const result = ok(await rollUp({ indicatorCodes: [c.code], areaId: areaGid(province) })).indicatorValues;
    expect(inDistrict.length).toBeGreaterThan(0);
    expect(result.values[0]).toMatchObject({ value: null, expectedReports: inDistrict.length * 12 });
  });

  it('splits by child area (the area’s own organizations on their own row) and drills down and back', async () => {
    const top = ok(
      await rollUp({ indicatorCodes: [A], areaId: areaGid(province), groupBy: 'CHILD_AREA' }),
    ).indicatorValues;
    expect(top.parentAreaId).toBeNull();
    expect(top.values.map((v) => v.areaId)).toEqual([...districts.map(areaGid), areaGid(province)]);
    for (const [i, district] of districts.entries()) {
      expect(top.values[i]).toMatchObject({
        value: sums((o) => o.district.id === district.id, months(2024)).a,
        ownLevel: false,
      });
    }
    expect(top.values[2]).toMatchObject({ ownLevel: true, value: null, reports: 0 });
    const down = ok(
      await rollUp({ indicatorCodes: [A], areaId: top.values[0]!.areaId, groupBy: 'CHILD_AREA' }),
    ).indicatorValues;
    expect(down.parentAreaId).toBe(areaGid(province));
    expect(down.values.filter((v) => !v.ownLevel).map((v) => v.value)).toEqual(
      communes
        .filter((c) => orgs.some((o) => o.commune.id === c.id && o.district.id === districts[0]!.id))
        .map((c) => sums((o) => o.commune.id === c.id, months(2024)).a),
    );
  });

  it('splits by organization kind and by quarter (months roll up), the previous quarter beside each', async () => {
    const kinds = ok(
      await rollUp({ indicatorCodes: [A], areaId: areaGid(province), groupBy: 'ORGANIZATION_KIND' }),
    ).indicatorValues.values;
    // In the order of the OrganizationKind enum.
    expect(kinds.map((k) => [k.organizationKind, k.value])).toEqual([
      ['PEOPLES_COMMITTEE', sums((o) => o.org.kind === OrganizationKind.PEOPLES_COMMITTEE, months(2024)).a],
      ['FATHERLAND_FRONT', sums((o) => o.org.kind === OrganizationKind.FATHERLAND_FRONT, months(2024)).a],
    ]);
    const quarters = ok(
      await rollUp({
        indicatorCodes: [R],
        areaId: areaGid(province),
        groupBy: 'PERIOD',
        periodType: 'QUARTER',
        from: '2024-Q1',
        to: '2024-Q4',
      }),
    ).indicatorValues;
    expect(quarters.periods).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    // A QUARTER of Decree 09 starts on the 15th of the month before: 2024-Q1 holds the months 2024-01..03.
    for (const [q, row] of quarters.values.entries()) {
      const s = sums(() => true, months(2024, q * 3 + 1, q * 3 + 3));
      expect(row).toMatchObject({
        fromPeriod: `2024-Q${q + 1}`,
        value: rate(s),
        reports: s.reports,
        expectedReports: 18,
      });
    }
    expect(quarters.values[0]!.previous).toMatchObject({
      fromPeriod: '2023-Q4',
      value: rate(sums(() => true, months(2023, 10, 12))),
    });
  });

  it('rolls up an organization (and those below it) from its approved reports', async () => {
    const { org } = orgs[1]!;
    const rows = ok(
      await rollUp({ indicatorCodes: [A, R], organizationId: toGlobalId('Organization', org.id) }),
    ).indicatorValues.values;
    const own = sums((o) => o.org.id === org.id, months(2024));
    expect(rows[0]).toMatchObject({ value: own.a, reports: 12, expectedReports: 12, areaId: null });
    expect(rows[1]).toMatchObject({ value: rate(own), numerator: own.a, denominator: own.b });
  });

  it('sends the same few statements for a district as for the province', async () => {
    ts.sql.reset();
    ok(await rollUp({ indicatorCodes: [A, B, R], areaId: areaGid(districts[0]!), groupBy: 'CHILD_AREA' }));
    const district = ts.sql.count;
    ts.sql.reset();
    ok(await rollUp({ indicatorCodes: [A, B, R], areaId: areaGid(province), groupBy: 'CHILD_AREA' }));
    expect(ts.sql.count).toBe(district);
    expect(ts.sql.count).toBeLessThanOrEqual(6);
  });

  it('marks COUNTED indicators asked LIVE as counted from the records', async () => {
    const rows = ok(
      await rollUp({ indicatorCodes: ['DIALOGUES_HELD', A], areaId: areaGid(province), source: 'LIVE' }),
    ).indicatorValues.values;
    expect(rows.map((r) => [r.indicatorCode, r.source])).toEqual([
      ['DIALOGUES_HELD', 'LIVE'],
      [A, 'APPROVED'],
    ]);
    expect(rows[0]).toMatchObject({ value: 0, reports: 0 });
  });

  it('shows an area only to viewers with a role at it or above it (denied looks like missing)', async () => {
    const commune = orgs[0]!;
    const member = await makeUserWith(ts.orm, commune.org.id, Role.VIEWER);
    const own = await rollUp({ indicatorCodes: [A], areaId: areaGid(commune.commune) }, member.token);
    expect(ok(own).indicatorValues.values[0]!.value).toBe(
      sums((o) => o.commune.id === commune.commune.id, months(2024)).a,
    );
    const above = await rollUp({ indicatorCodes: [A], areaId: areaGid(province) }, member.token);
    expect(above.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses bad input with typed errors', async () => {
    const cases: [Record<string, unknown>, string, string | undefined][] = [
      [
        { indicatorCodes: ['NO_SUCH_INDICATOR'], areaId: areaGid(province) },
        'BAD_USER_INPUT',
        'UNKNOWN_INDICATOR',
      ],
      [
        { indicatorCodes: [A], areaId: areaGid(province), from: '2024-Q1' },
        'BAD_USER_INPUT',
        'PERIOD_TYPE_MISMATCH',
      ],
      [
        { indicatorCodes: [A], areaId: areaGid(province), from: '2024', to: '2023' },
        'BAD_USER_INPUT',
        'PERIOD_RANGE',
      ],
      [{ indicatorCodes: [A] }, 'BAD_USER_INPUT', 'SCOPE'],
      [
        {
          indicatorCodes: [A],
          organizationId: toGlobalId('Organization', orgs[0]!.org.id),
          groupBy: 'CHILD_AREA',
        },
        'BAD_USER_INPUT',
        'GROUP_BY',
      ],
      [
        { indicatorCodes: [A], areaId: toGlobalId('AdministrativeArea', randomUUID()) },
        'NOT_FOUND',
        undefined,
      ],
    ];
    for (const [input, code, reason] of cases) {
      const result = await rollUp(input);
      expect(result.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({
        code,
        ...(reason ? { reason } : {}),
      });
      expect(result.data ?? null).toBeNull();
    }
  });
});

describe('the write path keeps the pre-aggregate current', () => {
  it('adds an approved report in its transaction, and a correction replaces it once approved', async () => {
    const em = ts.orm.em.fork();
    const provinceArea = await makeArea(em);
    const front = await makeOrganization(em, { area: provinceArea, kind: OrganizationKind.FATHERLAND_FRONT });
    const communeArea = await makeArea(em, { level: AreaLevel.COMMUNE, parent: provinceArea });
    const communeFront = await makeOrganization(em, {
      area: communeArea,
      kind: OrganizationKind.FATHERLAND_FRONT,
      parent: front,
    });
    const reporter = await makeUserWith(ts.orm, communeFront.id, Role.MEMBER);
    const approver = await makeUserWith(ts.orm, front.id, Role.COORDINATOR);
    const form = await makeForm(em, { codes: ['MEDIATORS'], periodType: PeriodType.MONTH });
    const period = endedPeriod(PeriodType.MONTH);
    const figure = async () =>
      ok(
        await rollUp({
          indicatorCodes: ['MEDIATORS'],
          areaId: areaGid(provinceArea),
          periodType: 'MONTH',
          from: period.key,
        }),
      ).indicatorValues.values[0]!;
    const draft = await saveDraft(
      {
        formId: formGid(form),
        organizationId: toGlobalId('Organization', communeFront.id),
        periodKey: period.key,
        values: [{ indicatorCode: 'MEDIATORS', value: 7 }],
      },
      reporter.token,
    );
    const submitted = await change(
      SUBMIT,
      { submissionId: draft.id, expectedVersion: draft.version },
      reporter.token,
    );
    expect(await figure()).toMatchObject({ value: null, reports: 0, expectedReports: 1 });
    const approvedSub = await change(
      APPROVE,
      { submissionId: submitted.id, expectedVersion: submitted.version },
      approver.token,
    );
    expect(await figure()).toMatchObject({ value: 7, reports: 1 });
    const correction = await change(
      CORRECT,
      { submissionId: approvedSub.id, expectedVersion: approvedSub.version, reason: 'Đếm lại hòa giải viên' },
      reporter.token,
    );
    const edited = await saveDraft(
      {
        formId: formGid(form),
        organizationId: toGlobalId('Organization', communeFront.id),
        periodKey: period.key,
        values: [{ indicatorCode: 'MEDIATORS', value: 9 }],
        expectedVersion: correction.version,
      },
      reporter.token,
    );
    // Until the correction is approved, the approved version counts.
    expect(await figure()).toMatchObject({ value: 7, reports: 1 });
    const resubmitted = await change(
      SUBMIT,
      { submissionId: edited.id, expectedVersion: edited.version },
      reporter.token,
    );
    await change(
      APPROVE,
      { submissionId: resubmitted.id, expectedVersion: resubmitted.version },
      approver.token,
    );
    expect(await figure()).toMatchObject({ value: 9, reports: 1 });
  });
});
