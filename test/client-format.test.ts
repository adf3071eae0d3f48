/**
 * The client's text as people read it (issue 14): administrative date-times and months,
 * and every string of an API answer in NFC.
 */
import { describe, expect, it } from 'vitest';
import { normalizeStrings } from '../client/src/apollo/nfc-link.js';
import { formatDateTime, formatMonth } from '../client/src/i18n/format-date.js';

describe('client formats', () => {
  it('writes a date-time time first, with the weekday, in Vietnam time', () => {
    // 01:00 UTC is 08:00 in Hà Nội; 7 December 2026 is a Monday.
    expect(formatDateTime('2026-12-07T01:00:00Z', 'vi', 'full')).toBe('08:00, Thứ Hai, 07/12/2026');
    expect(formatDateTime('2026-12-07T01:00:00Z', 'vi')).toBe('08:00, 07/12/2026');
    expect(formatDateTime('2026-12-07T01:00:00Z', 'vi', 'time')).toBe('08:00');
    expect(formatMonth('2026-12-01', 'vi')).toBe('Tháng 12/2026');
  });

  it('normalizes every string of an answer to NFC, leaving other values', () => {
    const nfd = 'Lạng Sơn'.normalize('NFD');
    expect(normalizeStrings({ a: [nfd, 1, null], b: { c: nfd, d: true } })).toEqual({
      a: ['Lạng Sơn'.normalize('NFC'), 1, null],
      b: { c: 'Lạng Sơn'.normalize('NFC'), d: true },
    });
  });
});
