/** What an indicator's number means. */
export enum IndicatorUnit {
  /** A count of things (sessions, teams, petitions). */
  COUNT = 'COUNT',
  /** A count of people (participants, mediators, members). */
  PEOPLE = 'PEOPLE',
  /** A percentage, 0–100. */
  PERCENT = 'PERCENT',
  /** A ratio of two counts (e.g. "29/39"). */
  RATIO = 'RATIO',
}

/** How an indicator's value is obtained. */
export enum IndicatorSource {
  /** Counted from the platform's records by a definition the code owns (`counted/`). */
  COUNTED = 'COUNTED',
  /** Typed into a report form. */
  ENTERED = 'ENTERED',
  /** Computed from other indicators (`numeratorCode` / `denominatorCode`). */
  DERIVED = 'DERIVED',
}

/** How an indicator rolls up over areas and periods. */
export enum IndicatorAggregation {
  /** Values add up. */
  SUM = 'SUM',
  /** Recomputed from the summed numerator and denominator, never an average of ratios. */
  RATIO = 'RATIO',
}

/** Reporting periods of Decree 09/2019/NĐ-CP. */
export enum PeriodType {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  HALF_YEAR = 'HALF_YEAR',
  YEAR = 'YEAR',
}

/** Life-cycle of a submission: DRAFT → SUBMITTED → APPROVED, or RETURNED (editable again). */
export enum SubmissionStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}

/** Statuses in which the submitter may still change entered values. */
export const EDITABLE_SUBMISSION_STATUSES: readonly SubmissionStatus[] = [
  SubmissionStatus.DRAFT,
  SubmissionStatus.RETURNED,
];

/** Comparison of a validation rule: `sum(left) <op> sum(right)`. */
export enum RuleOperator {
  LTE = 'LTE',
  EQ = 'EQ',
  GTE = 'GTE',
}
