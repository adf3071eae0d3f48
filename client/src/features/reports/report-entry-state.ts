import type { ReportSubmissionFieldsFragment } from '../../gql/graphql';

/** One indicator of the form as the entry screen shows it. */
export type FormIndicator = ReportSubmissionFieldsFragment['form']['indicators'][number]['indicator'];

/** The form's indicators grouped by section, in the form's order. */
export function sectionsOf(
  submission: ReportSubmissionFieldsFragment,
): { title: string | null; indicators: FormIndicator[] }[] {
  const sections: { title: string | null; indicators: FormIndicator[] }[] = [];
  for (const row of submission.form.indicators.toSorted((a, b) => a.position - b.position)) {
    const last = sections.at(-1);
    if (last && last.title === (row.section ?? null)) last.indicators.push(row.indicator);
    else sections.push({ title: row.section ?? null, indicators: [row.indicator] });
  }
  return sections;
}

/** Typed values by indicator code: a number, or '' when left blank. */
export type EnteredValues = Record<string, number | ''>;

/** The ENTERED values of a report as stored, for the inputs. */
export function enteredValuesOf(submission: ReportSubmissionFieldsFragment): EnteredValues {
  const stored = new Map(submission.values.map((v) => [v.indicator.code, v.value]));
  const values: EnteredValues = {};
  for (const { indicator } of submission.form.indicators) {
    if (indicator.source === 'ENTERED') values[indicator.code] = stored.get(indicator.code) ?? '';
  }
  return values;
}

/**
 * Every indicator's value as the screen shows it: typed ones from the inputs, counted ones as
 * frozen at submission (none yet in a draft), derived ones recomputed from their parts
 * (a ratio of sums, in percent for a percentage).
 */
export function shownValues(
  submission: ReportSubmissionFieldsFragment,
  entered: EnteredValues,
): Map<string, number | null> {
  const values = new Map<string, number | null>();
  for (const v of submission.values) values.set(v.indicator.code, v.value);
  for (const [code, value] of Object.entries(entered)) values.set(code, value === '' ? null : value);
  for (const { indicator } of submission.form.indicators) {
    if (indicator.source !== 'DERIVED' || !indicator.numeratorCode || !indicator.denominatorCode) continue;
    const top = values.get(indicator.numeratorCode);
    const bottom = values.get(indicator.denominatorCode);
    const ratio = top === null || top === undefined || !bottom ? null : top / bottom;
    values.set(indicator.code, ratio === null ? null : indicator.unit === 'PERCENT' ? ratio * 100 : ratio);
  }
  return values;
}
