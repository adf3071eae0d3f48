import { badInput } from './errors.js';

/** Maximum length of names and titles. */
export const MAX_NAME_LENGTH = 300;

/**
 * Folds text for search: NFD, strip combining marks, `đ` → `d`, lower case,
 * collapse spaces. "Lạng Sơn" and "lang son" fold to the same key.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Normalizes a required human-entered name: NFC, trimmed, 1..max characters.
 * Throws `BAD_USER_INPUT` naming `field` otherwise.
 */
export function cleanName(value: string, field: string, max = MAX_NAME_LENGTH): string {
  const cleaned = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (cleaned.length === 0) throw badInput(field, `${field} must not be empty`);
  if (cleaned.length > max) throw badInput(field, `${field} must be at most ${max} characters`);
  return cleaned;
}

/** Like `cleanName` but `null`/`undefined` and blank strings become `null`. */
export function cleanOptionalName(value: string | null | undefined, field: string, max = MAX_NAME_LENGTH) {
  if (value === null || value === undefined || value.trim() === '') return null;
  return cleanName(value, field, max);
}

/** Escapes `%`, `_` and `\` for use inside a SQL LIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
