import { useListParams } from '../../components/ListFilters';
import type { PetitionChannel, PetitionFilter, PetitionKind, PetitionStatus } from '../../gql/graphql';

export const PETITION_KINDS: PetitionKind[] = ['COMPLAINT', 'DENUNCIATION', 'RECOMMENDATION', 'FEEDBACK'];
export const PETITION_CHANNELS: PetitionChannel[] = ['IN_PERSON', 'POST', 'ONLINE', 'FORWARDED'];
export const PETITION_STATUSES: PetitionStatus[] = [
  'RECEIVED',
  'CLASSIFIED',
  'IN_PROGRESS',
  'TRANSFERRED',
  'RESOLVED',
  'WITHDRAWN',
  'FILED_NO_ACTION',
];
/** Every petition, only those past their time limit, or only the others. */
export const DEADLINES = ['overdue', 'onTime'] as const;

/**
 * The petition list's filters, kept in the URL (`?q=…&from=…&to=…&status=…&kind=…&deadline=overdue`,
 * `from`/`to` the days received), and the API's `PetitionFilter` they make.
 */
export function usePetitionFilters() {
  const { searchAndRange, pick } = useListParams<'status' | 'kind' | 'deadline'>();
  const status = pick('status', PETITION_STATUSES);
  const kind = pick('kind', PETITION_KINDS);
  const deadline = pick('deadline', DEADLINES);
  const filter: PetitionFilter = {
    ...searchAndRange('receivedFrom', 'receivedTo'),
    ...(status ? { status: [status] } : {}),
    ...(kind ? { kind: [kind] } : {}),
    ...(deadline ? { overdue: deadline === 'overdue' } : {}),
  };
  return { filter };
}
