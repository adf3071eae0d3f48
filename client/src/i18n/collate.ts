/** Vietnamese alphabetical order (A Ă Â … D Đ …, tones after the base letter), as the server's `vietnamese` collation. */
const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** Records sorted by name the Vietnamese way, names compared in NFC. */
export function byVietnameseName<T extends { name: string }>(records: readonly T[]): T[] {
  return records.toSorted((a, b) => collator.compare(a.name.normalize('NFC'), b.name.normalize('NFC')));
}
