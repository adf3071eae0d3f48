import { type EnumMember, stringEnum } from '../../core/enums.js';

/**
 * What an indicator's number means.
 * - `COUNT`: A count of things (sessions, teams, petitions).
 * - `PEOPLE`: A count of people (participants, mediators, members).
 * - `PERCENT`: A percentage, 0–100.
 * - `RATIO`: A ratio of two counts (e.g. "29/39").
 */
export const IndicatorUnit = stringEnum('COUNT', 'PEOPLE', 'PERCENT', 'RATIO');
/** A member of {@link IndicatorUnit}. */
export type IndicatorUnit = EnumMember<typeof IndicatorUnit>;

/**
 * How an indicator's value is obtained.
 * - `COUNTED`: Counted from the platform's records by a definition the code owns (`counted/`).
 * - `ENTERED`: Typed into a report form.
 * - `DERIVED`: Computed from other indicators (`numeratorCode` / `denominatorCode`).
 */
export const IndicatorSource = stringEnum('COUNTED', 'ENTERED', 'DERIVED');
/** A member of {@link IndicatorSource}. */
export type IndicatorSource = EnumMember<typeof IndicatorSource>;

/**
 * How an indicator rolls up over areas and periods.
 * - `SUM`: Values add up.
 * - `RATIO`: Recomputed from the summed numerator and denominator, never an average of ratios.
 */
export const IndicatorAggregation = stringEnum('SUM', 'RATIO');
/** A member of {@link IndicatorAggregation}. */
export type IndicatorAggregation = EnumMember<typeof IndicatorAggregation>;

/** Reporting periods of Decree 09/2019/NĐ-CP. */
export const PeriodType = stringEnum('MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR');
/** A member of {@link PeriodType}. */
export type PeriodType = EnumMember<typeof PeriodType>;

/** Life-cycle of a submission: DRAFT → SUBMITTED → APPROVED, or RETURNED (editable again). */
export const SubmissionStatus = stringEnum('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED');
/** A member of {@link SubmissionStatus}. */
export type SubmissionStatus = EnumMember<typeof SubmissionStatus>;

/** Statuses in which the submitter may still change entered values. */
export const EDITABLE_SUBMISSION_STATUSES: readonly SubmissionStatus[] = [
  SubmissionStatus.DRAFT,
  SubmissionStatus.RETURNED,
];

/** Comparison of a validation rule: `sum(left) <op> sum(right)`. */
export const RuleOperator = stringEnum('LTE', 'EQ', 'GTE');
/** A member of {@link RuleOperator}. */
export type RuleOperator = EnumMember<typeof RuleOperator>;
