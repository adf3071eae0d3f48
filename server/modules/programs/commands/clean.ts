import { badInput } from '../../../core/errors.js';

/**
 * Normalizes a long human-entered text (description, update body): NFC,
 * trimmed, line breaks kept. Blank becomes null, unless `required`, which
 * throws BAD_USER_INPUT naming `field`; so does a text longer than `max`.
 */
export function cleanText(value: string | null | undefined, field: string, max: number, required = false) {
  const cleaned = (value ?? '').normalize('NFC').replace(/\r\n?/g, '\n').trim();
  if (cleaned === '') {
    if (required) throw badInput(field, `${field} must not be empty`);
    return null;
  }
  if (cleaned.length > max) throw badInput(field, `${field} must be at most ${max} characters`);
  return cleaned;
}

/** Removes repeated ids, keeping the first occurrence's order. */
export const distinct = (ids: readonly string[]): string[] => [...new Set(ids)];
