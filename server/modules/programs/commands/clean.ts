/** Removes repeated ids, keeping the first occurrence's order. */
export const distinct = (ids: readonly string[]): string[] => [...new Set(ids)];
