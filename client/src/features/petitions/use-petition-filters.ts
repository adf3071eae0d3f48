import { useUrlParams } from '../../app/use-url-params';
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

type Key = 'q' | 'status' | 'kind' | 'deadline';

/**
 * The petition list's filters, kept in the URL (`?q=…&status=…&kind=…&deadline=overdue`), and the
 * API's `PetitionFilter` they make.
 */
export function usePetitionFilters() {
  const { get, pick, set } = useUrlParams<Key>();
  const search = get('q') ?? '';
  const status = pick('status', PETITION_STATUSES);
  const kind = pick('kind', PETITION_KINDS);
  const deadline = pick('deadline', DEADLINES);
  const filter: PetitionFilter = {
    ...(search ? { search } : {}),
    ...(status ? { status: [status] } : {}),
    ...(kind ? { kind: [kind] } : {}),
    ...(deadline ? { overdue: deadline === 'overdue' } : {}),
  };
  return { search, status, kind, deadline, filter, set };
}
