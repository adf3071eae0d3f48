import { useUrlParams } from '../../app/use-url-params';

/** Records the organization made (critiques, supervisions by it) or those about it (its drafts, itself). */
export const SIDES = ['by', 'of'] as const;
export type OversightSide = (typeof SIDES)[number];

/** Which side of the oversight records the list shows, kept in the URL (`?side=of`); `by` by default. */
export function useOversightSide(): [OversightSide, (side: OversightSide) => void] {
  const { pick, set } = useUrlParams<'side'>();
  return [pick('side', SIDES) ?? 'by', (side) => set('side', side === 'by' ? null : side)];
}
