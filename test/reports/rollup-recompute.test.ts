/**
 * The pre-aggregate kept by the approving transactions (decision 021) equals its full recompute
 * (`rebuildRollup`) after a seeded pseudo-random run of drafts, submissions, approvals, returns
 * and corrections over three communes' Fronts and three months, values sometimes left empty.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { beforeAll, describe, expect, it } from 'vitest';
import { Role, uuidArray } from '../../server/core/access.js';
import { toGlobalId } from '../../server/core/ids.js';
import { AreaLevel } from '../../server/modules/areas/area.entity.js';
import { previousPeriod } from '../../server/modules/reports/periods.js';
import { IndicatorUnit, PeriodType } from '../../server/modules/reports/report.enums.js';
import { rebuildRollup } from '../../server/modules/reports/rollup/rollup.maintain.js';
import { makeUserWith, type TestUser } from '../helpers/factories.js';
import {
  APPROVE,
  CORRECT,
  change,
  endedPeriod,
  formGid,
  makeForm,
  makeIndicator,
  makeReportWorld,
  RETURN,
  type ReportWorld,
  SUBMIT,
  type Sub,
  saveDraft,
  ts,
  useReportsServer,
} from '../helpers/reports.js';

useReportsServer();

/** mulberry32: a small seeded generator of numbers in [0, 1), the same run every time. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One report of the run: an organization and a month, its reporter, its latest version. */
interface Slot {
  organizationId: string;
  periodKey: string;
  reporter: TestUser;
  sub: Sub | null;
}

let world: ReportWorld;
let formId: string;
let formDbId: string;
let codes: string[];
let areaIds: string[];

beforeAll(async () => {
  world = await makeReportWorld(3);
  const em = world.em;
  codes = [
    (await makeIndicator(em, IndicatorUnit.COUNT)).code,
    (await makeIndicator(em, IndicatorUnit.COUNT)).code,
  ];
  const form = await makeForm(em, { codes, periodType: PeriodType.MONTH, level: AreaLevel.COMMUNE });
  formId = formGid(form);
  formDbId = form.id;
  areaIds = [world.province.id, ...world.communeAreas.map((a) => a.id)];
});

/** The pre-aggregate's rows under this file's province, as sorted text; rows summing nothing are absent. */
async function rollupRows(em: EntityManager): Promise<string[]> {
  const byKind = await em.execute<{ row: string }[]>(
    `select concat_ws(' ', indicator_id, area_id, organization_kind, period_key, period_start, period_end,
            value, reports) as row
       from report_rollup where area_id = any(?::uuid[]) and (reports <> 0 or value <> 0)`,
    [uuidArray(areaIds)],
  );
  const total = await em.execute<{ row: string }[]>(
    `select concat_ws(' ', 'total', indicator_id, area_id, period_key, value, reports) as row
       from report_rollup_total where area_id = any(?::uuid[]) and (reports <> 0 or value <> 0)`,
    [uuidArray(areaIds)],
  );
  return [...byKind, ...total].map((r) => r.row).toSorted();
}

/** The rows recomputed from the submissions by `rebuildRollup`, in a transaction rolled back. */
async function recomputedRows(): Promise<string[]> {
  const em = ts.orm.em.fork();
  await em.begin();
  try {
    await rebuildRollup(em);
    return await rollupRows(em);
  } finally {
    await em.rollback();
  }
}

/** Random values for the form's indicators, one in five left empty. */
const valuesFrom = (random: () => number) =>
  codes.map((indicatorCode) => ({
    indicatorCode,
    value: random() < 0.2 ? null : Math.floor(random() * 50),
  }));

/** A change mutation's input for submission `s` at its version. */
const at = (s: Sub) => ({ submissionId: s.id, expectedVersion: s.version });

/** Moves `slot` one step on: a draft, a submission, an approval or a return, or a correction. */
async function step(slot: Slot, random: () => number): Promise<string> {
  const key = { formId, organizationId: slot.organizationId, periodKey: slot.periodKey };
  const sub = slot.sub;
  if (!sub) {
    slot.sub = await saveDraft({ ...key, values: valuesFrom(random) }, slot.reporter.token);
  } else if (sub.status === 'DRAFT' || sub.status === 'RETURNED') {
    const edited =
      random() < 0.5
        ? await saveDraft(
            { ...key, values: valuesFrom(random), expectedVersion: sub.version },
            slot.reporter.token,
          )
        : sub;
    slot.sub = await change(SUBMIT, at(edited), slot.reporter.token);
  } else if (sub.status === 'SUBMITTED') {
    slot.sub =
      random() < 0.6
        ? await change(APPROVE, at(sub), world.approver.token)
        : await change(RETURN, { ...at(sub), comment: 'Xem lại số liệu' }, world.approver.token);
  } else {
    const correction = await change(
      CORRECT,
      { ...at(sub), reason: 'Đính chính số liệu' },
      slot.reporter.token,
    );
    slot.sub = await saveDraft(
      { ...key, values: valuesFrom(random), expectedVersion: correction.version },
      slot.reporter.token,
    );
  }
  return slot.sub.status;
}

describe('the roll-up kept on approval', () => {
  it('equals its recompute after a seeded run of approvals, returns and corrections', async () => {
    const random = seeded(20261203);
    const months = [endedPeriod(PeriodType.MONTH)];
    months.push(previousPeriod(months[0]!), previousPeriod(previousPeriod(months[0]!)));
    const slots: Slot[] = [];
    for (const front of world.fronts) {
      const reporter = await makeUserWith(ts.orm, front.id, Role.MEMBER);
      for (const month of months) {
        const organizationId = toGlobalId('Organization', front.id);
        slots.push({ organizationId, periodKey: month.key, reporter, sub: null });
      }
    }
    const seen = new Map<string, number>();
    for (let i = 0; i < 90; i++) {
      const status = await step(slots[Math.floor(random() * slots.length)]!, random);
      seen.set(status, (seen.get(status) ?? 0) + 1);
      if (i % 30 === 29) expect(await rollupRows(ts.orm.em.fork())).toEqual(await recomputedRows());
    }
    expect((await rollupRows(ts.orm.em.fork())).length).toBeGreaterThan(20);
    // The run went through every kind of step, corrections approved included.
    expect([...seen.keys()].toSorted()).toEqual(['APPROVED', 'DRAFT', 'RETURNED', 'SUBMITTED']);
    const [corrected] = await ts.orm.em.fork().execute<{ n: number }[]>(
      `select count(*)::int as n from report_submission
        where form_id = ? and corrects_id is not null and status = 'APPROVED'`,
      [formDbId],
    );
    expect(corrected!.n).toBeGreaterThan(0);
  });
});
