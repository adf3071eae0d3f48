import { type EnumMember, stringEnum } from '../../../core/enums.js';
import { DomainError, ErrorCode } from '../../../core/errors.js';
import { parsePeriod, periodsBetween, previousPeriod, type ReportingPeriod } from '../periods.js';
import { PeriodType } from '../report.enums.js';
import { IndicatorGroupBy } from './rollup.inputs.js';

/**
 * Why a roll-up request was refused, in `extensions.reason` beside `BAD_USER_INPUT`.
 * - `SCOPE`: Neither or both of areaId and organizationId.
 * - `GROUP_BY`: CHILD_AREA needs an area.
 */
export const RollupRefusal = stringEnum('UNKNOWN_INDICATOR PERIOD_TYPE_MISMATCH PERIOD_RANGE SCOPE GROUP_BY');
/** A member of {@link RollupRefusal}. */
export type RollupRefusal = EnumMember<typeof RollupRefusal>;

/** A refused roll-up input on `field`. */
export const refusedRollup = (reason: RollupRefusal, field: string, message: string): DomainError =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, { field, reason });

/** At most this many periods in a run (ten years of months). */
export const MAX_RUN = 120;

/** Months in a period of each type. */
export const MONTHS_OF: Record<PeriodType, number> = {
  [PeriodType.MONTH]: 1,
  [PeriodType.QUARTER]: 3,
  [PeriodType.HALF_YEAR]: 6,
  [PeriodType.YEAR]: 12,
};

/**
 * The periods a roll-up reads, as buckets: `b >= 0` are shown, `b - 1` is
 * the previous of `b`. Grouped by PERIOD, bucket `b` is the run's `b`-th
 * period (`-1`: the one before the run); otherwise bucket 0 is the whole run
 * and `-1` the run of as many periods just before it.
 */
export interface RollupPlan {
  type: PeriodType;
  periods: ReportingPeriod[];
  /** Every period read, with its bucket. */
  targets: { bucket: number; period: ReportingPeriod }[];
  /** The buckets shown. */
  buckets: number[];
  /** First and last period of each bucket. */
  span: Map<number, { from: ReportingPeriod; to: ReportingPeriod }>;
}

function parseOrRefuse(type: PeriodType, key: string, field: string): ReportingPeriod {
  const period = parsePeriod(type, key);
  if (!period) {
    throw refusedRollup(RollupRefusal.PERIOD_TYPE_MISMATCH, field, `${key} is not a ${type} period`);
  }
  return period;
}

/** The plan of a run `from`–`to` of `type`; BAD_USER_INPUT on a wrong key or range. Pure. */
export function planRun(
  type: PeriodType,
  from: string,
  to: string | null | undefined,
  groupBy: IndicatorGroupBy,
): RollupPlan {
  const first = parseOrRefuse(type, from, 'from');
  const last = to ? parseOrRefuse(type, to, 'to') : first;
  if (last.start < first.start)
    throw refusedRollup(RollupRefusal.PERIOD_RANGE, 'to', `${to} is before ${from}`);
  const periods = periodsBetween(type, first.start, last.end);
  if (periods.length > MAX_RUN) {
    throw refusedRollup(RollupRefusal.PERIOD_RANGE, 'to', `at most ${MAX_RUN} periods in a run`);
  }
  const before: ReportingPeriod[] = [];
  for (let p = first; before.length < periods.length; ) before.unshift((p = previousPeriod(p)));
  const span = new Map<number, { from: ReportingPeriod; to: ReportingPeriod }>();
  if (groupBy === IndicatorGroupBy.PERIOD) {
    const withPrevious = [before.at(-1)!, ...periods];
    withPrevious.forEach((period, i) => span.set(i - 1, { from: period, to: period }));
    return {
      type,
      periods,
      targets: withPrevious.map((period, i) => ({ bucket: i - 1, period })),
      buckets: periods.map((_, i) => i),
      span,
    };
  }
  span.set(0, { from: first, to: last });
  span.set(-1, { from: before[0]!, to: before.at(-1)! });
  return {
    type,
    periods,
    targets: [
      ...before.map((period) => ({ bucket: -1, period })),
      ...periods.map((period) => ({ bucket: 0, period })),
    ],
    buckets: [0],
    span,
  };
}

/**
 * The period keys that roll up into each target, with its bucket, as the two
 * array parameters of `unnest(?::int[], ?::text[])`: every period of a type no
 * longer than the target's that lies inside it (Decree 09's periods nest), so
 * sums join on `period_key` equality (a hash join on the index's keys).
 */
export function keyParams(plan: RollupPlan): [string, string] {
  const pairs = plan.targets.flatMap(({ bucket, period }) =>
    Object.values(PeriodType)
      .filter(
        (type) => MONTHS_OF[type] <= MONTHS_OF[period.type] && MONTHS_OF[period.type] % MONTHS_OF[type] === 0,
      )
      .flatMap((type) => periodsBetween(type, period.start, period.end))
      .map((p) => [bucket, p.key] as const),
  );
  return [`{${pairs.map(([b]) => b).join(',')}}`, `{${pairs.map(([, k]) => `"${k}"`).join(',')}}`];
}

/** The targets as the three array parameters of `unnest(?::int[], ?::date[], ?::date[])`. */
export function targetParams(plan: RollupPlan): [string, string, string] {
  return [
    `{${plan.targets.map((t) => t.bucket).join(',')}}`,
    `{${plan.targets.map((t) => t.period.start).join(',')}}`,
    `{${plan.targets.map((t) => t.period.end).join(',')}}`,
  ];
}
