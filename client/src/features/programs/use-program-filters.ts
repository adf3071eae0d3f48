import { useSearchParams } from 'react-router';
import type { ProgramKind, ProgramStatus } from '../../gql/graphql';

export const PROGRAM_STATUSES: ProgramStatus[] = ['DRAFT', 'ACTIVE', 'SUSPENDED', 'COMPLETED', 'CANCELLED'];
export const PROGRAM_KINDS: ProgramKind[] = [
  'COORDINATION_PROGRAM',
  'COORDINATION_REGULATION',
  'ACTION_PROGRAM',
  'PLAN',
  'CAMPAIGN',
  'EMULATION_MOVEMENT',
  'RESPONSE_PLAN',
];

const pick = <T extends string>(value: string | null, allowed: T[]): T | null =>
  allowed.find((item) => item === value) ?? null;

/** The program list's filters, kept in the URL (`?q=…&status=…&kind=…`). */
export function useProgramFilters() {
  const [params, setParams] = useSearchParams();
  const set = (key: 'q' | 'status' | 'kind', value: string | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  return {
    search: params.get('q') ?? '',
    status: pick(params.get('status'), PROGRAM_STATUSES),
    kind: pick(params.get('kind'), PROGRAM_KINDS),
    set,
  };
}
