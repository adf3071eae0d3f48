/** Anything with a term: first and (optional) last day, both `YYYY-MM-DD`. */
export interface Term {
  startsOn: string;
  endsOn: string | null;
}

/** True when the term runs on `date` (both ends included). */
export function isRunningOn(term: Term, date: string): boolean {
  return term.startsOn <= date && (term.endsOn === null || term.endsOn >= date);
}

/**
 * Filters terms by the `current` argument of list fields: `true` keeps those
 * running on `today`, `false` those not running then (ended or not started),
 * `null`/`undefined` keeps all.
 */
export function filterCurrent<T extends Term>(
  terms: T[],
  current: boolean | null | undefined,
  today: string,
): T[] {
  if (current === null || current === undefined) return terms;
  return terms.filter((term) => isRunningOn(term, today) === current);
}
