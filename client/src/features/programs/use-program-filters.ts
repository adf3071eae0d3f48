import { useListParams } from '../../components/ListFilters';
import type { ProgramFilter, ProgramKind, ProgramStatus } from '../../gql/graphql';

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

/** The program list's filters, kept in the URL (`?q=…&status=…&kind=…`), and the API's `ProgramFilter` they make. */
export function useProgramFilters() {
  const { search, pick } = useListParams<'status' | 'kind'>();
  const status = pick('status', PROGRAM_STATUSES);
  const kind = pick('kind', PROGRAM_KINDS);
  const filter: ProgramFilter = {
    ...(search ? { search } : {}),
    ...(status ? { status: [status] } : {}),
    ...(kind ? { kinds: [kind] } : {}),
  };
  return { filter };
}
