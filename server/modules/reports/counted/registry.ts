import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../../../core/access.js';

/**
 * How a COUNTED indicator is counted from the records, declared by the module
 * that owns the records (`<module>.counted.ts`, loaded by
 * `server/app/counted-indicators.ts`), so the reports module reads no other
 * module's tables. `sql` is a select of `(organization_id uuid, value numeric)`
 * rows, one per organization with a non-zero count, over two relations the
 * registry provides:
 * - `counted_scope(organization_id)`: the organizations counted for;
 * - `counted_period(start_on, end_on)`: the period's first and last days (dates, inclusive).
 * It takes no parameters.
 */
export interface CountedDefinition {
  /** The indicator's code (`IndicatorCode`). */
  code: string;
  sql: string;
}

/** The parts of a counting select of the usual shape (`countedPerOrganization`). */
export interface CountedSelect {
  /** The organization a record counts for, e.g. `m.owner_id`. */
  organization: string;
  /** What each organization adds up: `count(*)`, `sum(...)`. */
  value: string;
  /** The records: a table and its joins. */
  from: string;
  /** Which records count in the period. */
  where: string;
  /** The alias of `counted_period` (`p` unless a table of `from` has it). */
  period?: string;
}

/**
 * A counting `sql` of the usual shape: the records of the counted organizations
 * (joined to `counted_scope`, alias `s`), crossed with `counted_period`,
 * `value` per organization.
 */
export function countedPerOrganization({
  organization,
  value,
  from,
  where,
  period = 'p',
}: CountedSelect): string {
  return `
  select ${organization}, ${value}
    from ${from}
    join counted_scope s on s.organization_id = ${organization}
    cross join counted_period ${period}
   where ${where}
   group by ${organization}`;
}

const definitions = new Map<string, CountedDefinition>();

/**
 * Declares how an indicator is counted (one definition per code, registered
 * by the owning module when it loads).
 */
export function registerCountedIndicator(definition: CountedDefinition): void {
  if (definitions.has(definition.code)) {
    throw new Error(`a counting definition for ${definition.code} is already registered`);
  }
  definitions.set(definition.code, definition);
}

/** Whether `code` has a counting definition. */
export function isCounted(code: string): boolean {
  return definitions.has(code);
}

/** The counting definition of `code`, if any. */
export function countedDefinition(code: string): CountedDefinition | undefined {
  return definitions.get(code);
}

/** The codes with a counting definition. */
export function countedCodes(): string[] {
  return [...definitions.keys()].toSorted();
}

/** Counted values: code → organization id → value (absent: 0). */
export type CountedValues = Map<string, Map<string, number>>;

/**
 * Counts `codes` for each of `organizationIds` over the days `[start, end]`,
 * all in one statement. Codes without a definition count nothing (absent).
 */
export async function countIndicators(
  em: EntityManager,
  codes: readonly string[],
  organizationIds: readonly string[],
  start: string,
  end: string,
): Promise<CountedValues> {
  const known = codes.flatMap((code) => definitions.get(code) ?? []);
  const result: CountedValues = new Map(known.map((d) => [d.code, new Map()]));
  if (!known.length || !organizationIds.length) return result;
  const parts = known.map(
    (d, i) => `select ${i} as n, c.organization_id, c.value from (${d.sql}) c(organization_id, value)`,
  );
  const rows = await em.execute<{ n: number; organization_id: string; value: string | number }[]>(
    `with counted_scope(organization_id) as (select unnest(?::uuid[])),
          counted_period(start_on, end_on) as (select ?::date, ?::date)
     ${parts.join('\n     union all\n     ')}`,
    [uuidArray(organizationIds), start, end],
  );
  for (const row of rows) {
    const values = result.get(known[row.n]!.code)!;
    values.set(row.organization_id, (values.get(row.organization_id) ?? 0) + Number(row.value));
  }
  return result;
}
