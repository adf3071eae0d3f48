/** How the schedule's meeting list may be sorted (`?sort=` in the URL): by start time (default) or by title. */
export const MEETING_SORTS = ['start', 'title'] as const;
/** One of `MEETING_SORTS`. */
export type MeetingSort = (typeof MEETING_SORTS)[number];

const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** Lower case without diacritics ("Đà Lạt" → "da lat"), for matching what is typed. */
function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/**
 * The meetings whose title or place holds every word of `search` (any order, diacritics
 * optional), by start time or by title in Vietnamese alphabetical order.
 */
export function searchAndSortMeetings<T extends { title: string; place?: string | null; startsAt: string }>(
  meetings: readonly T[],
  search: string,
  sort: MeetingSort,
): T[] {
  const words = fold(search).split(/\s+/).filter(Boolean);
  const found = meetings.filter((m) => {
    const haystack = fold(`${m.title} ${m.place ?? ''}`);
    return words.every((word) => haystack.includes(word));
  });
  return found.toSorted((a, b) =>
    sort === 'title'
      ? collator.compare(a.title.normalize('NFC'), b.title.normalize('NFC')) ||
        a.startsAt.localeCompare(b.startsAt)
      : Date.parse(a.startsAt) - Date.parse(b.startsAt),
  );
}
