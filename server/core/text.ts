import { ValidateBy, type ValidationArguments } from 'class-validator';
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

/** A one-line name or title as stored: NFC, runs of white space made one space, trimmed. */
export const normalizeName = (value: string): string => value.normalize('NFC').replace(/\s+/g, ' ').trim();

/** A free text as stored: NFC, line breaks made `\n` (and kept), trimmed. */
export const normalizeText = (value: string): string => value.normalize('NFC').replace(/\r\n?/g, '\n').trim();

/**
 * Normalizes a required name computed by the server (not an input field, which
 * `@Name` covers): `normalizeName`, 1..max characters, else BAD_USER_INPUT naming `field`.
 */
export function cleanName(value: string, field: string, max = MAX_NAME_LENGTH): string {
  const cleaned = normalizeName(value);
  if (cleaned.length === 0) throw badInput(field, `${field} must not be empty`);
  if (cleaned.length > max) throw badInput(field, `${field} must be at most ${max} characters`);
  return cleaned;
}

/**
 * Normalizes an optional free text computed by the server (not an input field,
 * which `@Text` covers): `normalizeText`, blank becomes null, longer than `max`
 * is BAD_USER_INPUT naming `field`.
 */
export function cleanText(value: string | null | undefined, field: string, max: number): string | null {
  const cleaned = normalizeText(value ?? '');
  if (cleaned === '') return null;
  if (cleaned.length > max) throw badInput(field, `${field} must be at most ${max} characters`);
  return cleaned;
}

/** Options of `@Name` and `@Text`. */
export interface TextOptions {
  /** Most characters after normalization. Default `MAX_NAME_LENGTH`. */
  max?: number;
  /** Blank is refused (`must not be empty`) rather than stored as null. */
  required?: boolean;
}

/**
 * Registers a class-validator rule that normalizes the field in place (the
 * resolver receives the normalized value; blank becomes null unless required)
 * and checks it: `required` and not blank, at most `max` characters. The
 * schema's `validateFn` runs it on every input object before the resolver.
 */
function normalizedText(kind: 'name' | 'text', normalize: (value: string) => string, options: TextOptions) {
  const max = options.max ?? MAX_NAME_LENGTH;
  const problem = (value: unknown): string | null => {
    if (typeof value !== 'string') return null;
    const cleaned = normalize(value);
    if (cleaned === '' && options.required) return 'must not be empty';
    if (cleaned.length > max) return `must be at most ${max} characters`;
    return null;
  };
  return ValidateBy({
    name: kind,
    validator: {
      validate(value: unknown, args?: ValidationArguments) {
        if (typeof value !== 'string' || !args) return true;
        if (problem(value)) return false;
        const cleaned = normalize(value);
        (args.object as Record<string, unknown>)[args.property] = cleaned === '' ? null : cleaned;
        return true;
      },
      defaultMessage: (args?: ValidationArguments) => `${args?.property} ${problem(args?.value)}`,
    },
  });
}

/**
 * An input field holding a one-line name or title: `normalizeName`d in place,
 * at most `max` (default `MAX_NAME_LENGTH`) characters; blank is refused when
 * `required` (the default), else becomes null.
 */
export const Name = (options: TextOptions = {}): PropertyDecorator =>
  normalizedText('name', normalizeName, { required: true, ...options });

/**
 * An input field holding free text (line breaks kept): `normalizeText`ed in
 * place, at most `max` characters; blank becomes null unless `required`.
 */
export const Text = (options: TextOptions & { max: number }): PropertyDecorator =>
  normalizedText('text', normalizeText, { required: false, ...options });

/** Longest search string. */
export const MAX_SEARCH_LENGTH = 1000;

/**
 * An input field holding a search string: `normalizeName`d in place, at most
 * `MAX_SEARCH_LENGTH` characters; blank becomes null (no search).
 */
export const Search = (): PropertyDecorator =>
  normalizedText('name', normalizeName, { max: MAX_SEARCH_LENGTH, required: false });

/** Escapes `%`, `_` and `\` for use inside a SQL LIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
