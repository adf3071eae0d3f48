import { useUrlParams } from '../../app/use-url-params';
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

/** The program list's filters, kept in the URL (`?q=…&status=…&kind=…`). */
export function useProgramFilters() {
  const { get, pick, set } = useUrlParams<'q' | 'status' | 'kind'>();
  return {
    search: get('q') ?? '',
    status: pick('status', PROGRAM_STATUSES),
    kind: pick('kind', PROGRAM_KINDS),
    set,
  };
}
