import { CombinedGraphQLErrors } from '@apollo/client';

/** What a refused report change says beside its code (`extensions` of the first error). */
export interface ReportRefusal {
  code?: string;
  reason?: string;
  /** The indicator code a refused value belongs to. */
  indicator?: string;
  /** The broken validation rule's code and Vietnamese name, with both sides' sums. */
  rule?: string;
  ruleName?: string;
  left?: number;
  right?: number;
}

/** The refusal an error carries, or null when it is not a GraphQL refusal. */
export function reportRefusalOf(error: unknown): ReportRefusal | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors[0]?.extensions;
  return extensions ? (extensions as ReportRefusal) : null;
}
