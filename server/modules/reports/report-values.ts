import { IndicatorSource, IndicatorUnit, RuleOperator } from './report.enums.js';
import { ReportRefusal, refusedInput } from './report.errors.js';

/** What checking a value needs to know of an indicator on a form. */
export interface FormIndicator {
  id: string;
  code: string;
  unit: IndicatorUnit;
  source: IndicatorSource;
}

/**
 * Checks a typed value of indicator `code` on a form whose indicators are
 * `onForm` (by code): it must be on the form, ENTERED, not negative, whole
 * for counts of things and people, and at most 100 for a percentage.
 * Returns the indicator. Pure.
 */
export function checkEnteredValue(
  onForm: ReadonlyMap<string, FormIndicator>,
  code: string,
  value: number | null,
): FormIndicator {
  const indicator = onForm.get(code);
  const details = { indicator: code };
  if (!indicator) {
    throw refusedInput(ReportRefusal.INDICATOR_NOT_ON_FORM, 'values', `${code} is not on this form`, details);
  }
  if (indicator.source !== IndicatorSource.ENTERED) {
    throw refusedInput(
      ReportRefusal.INDICATOR_NOT_ENTERED,
      'values',
      `${code} is ${indicator.source.toLowerCase()} from the records, not typed in`,
      details,
    );
  }
  if (value === null) return indicator;
  if (!Number.isFinite(value) || value < 0) {
    throw refusedInput(ReportRefusal.NEGATIVE_VALUE, 'values', `${code} must not be negative`, details);
  }
  if (
    (indicator.unit === IndicatorUnit.COUNT || indicator.unit === IndicatorUnit.PEOPLE) &&
    !Number.isInteger(value)
  ) {
    throw refusedInput(ReportRefusal.NOT_A_WHOLE_NUMBER, 'values', `${code} must be a whole number`, details);
  }
  if (indicator.unit === IndicatorUnit.PERCENT && value > 100) {
    throw refusedInput(
      ReportRefusal.PERCENT_OVER_100,
      'values',
      `${code} is a percentage: at most 100`,
      details,
    );
  }
  return indicator;
}

/** A validation rule as data: `sum(leftCodes) <operator> sum(rightCodes)`. */
export interface RuleSpec {
  code: string;
  nameVi: string;
  nameEn: string;
  leftCodes: readonly string[];
  operator: RuleOperator;
  rightCodes: readonly string[];
}

const HOLDS: Record<RuleOperator, (left: number, right: number) => boolean> = {
  [RuleOperator.LTE]: (l, r) => l <= r,
  [RuleOperator.EQ]: (l, r) => l === r,
  [RuleOperator.GTE]: (l, r) => l >= r,
};

/**
 * The first rule of `rules` that the values break, among those whose
 * indicators are all on the form (`codesOnForm`); a missing value counts 0.
 * Null when every rule holds. Pure.
 */
export function brokenRule(
  rules: readonly RuleSpec[],
  codesOnForm: ReadonlySet<string>,
  values: ReadonlyMap<string, number>,
): { rule: RuleSpec; left: number; right: number } | null {
  const sum = (codes: readonly string[]) => codes.reduce((total, c) => total + (values.get(c) ?? 0), 0);
  for (const rule of rules) {
    if (![...rule.leftCodes, ...rule.rightCodes].every((c) => codesOnForm.has(c))) continue;
    const left = sum(rule.leftCodes);
    const right = sum(rule.rightCodes);
    if (!HOLDS[rule.operator](left, right)) return { rule, left, right };
  }
  return null;
}
