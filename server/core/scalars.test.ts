import { describe, expect, it } from 'vitest';
import { LocalDate } from './scalars.js';

describe('LocalDate output', () => {
  it('answers a valid day as it is, the first time and again', () => {
    expect(LocalDate.serialize('2026-12-03')).toBe('2026-12-03');
    expect(LocalDate.serialize('2026-12-03')).toBe('2026-12-03');
  });

  it('refuses an invalid day every time, never remembering it', () => {
    for (let i = 0; i < 2; i++) {
      expect(() => LocalDate.serialize('2026-02-30')).toThrow(/not a valid LocalDate/);
      expect(() => LocalDate.serialize('3 Dec 2026')).toThrow(/not a valid LocalDate/);
      expect(() => LocalDate.serialize(20261203)).toThrow(/not string/);
    }
  });
});
