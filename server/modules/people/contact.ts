import { badInput } from '../../core/errors.js';

/** Longest email address (RFC 5321 path limit). */
export const MAX_EMAIL_LENGTH = 320;
/** Longest phone number as stored. */
export const MAX_PHONE_LENGTH = 32;

const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/u;
const PHONE_SHAPE = /^\+?[0-9][0-9 .()-]*[0-9]$/;

/** Trims an optional email; blank becomes null. Throws `BAD_USER_INPUT` on field `email` when it is not one. */
export function cleanEmail(value: string | null | undefined): string | null {
  const email = value?.normalize('NFC').trim() ?? '';
  if (email === '') return null;
  if (email.length > MAX_EMAIL_LENGTH || !EMAIL_SHAPE.test(email)) {
    throw badInput('email', 'email is not a valid email address');
  }
  return email;
}

/**
 * Trims an optional phone number and collapses its spaces; blank becomes null.
 * Digits with an optional leading `+` and separators (space . - ( )), at
 * least 3 digits. Throws `BAD_USER_INPUT` on field `phone` otherwise.
 */
export function cleanPhone(value: string | null | undefined): string | null {
  const phone = value?.replace(/\s+/g, ' ').trim() ?? '';
  if (phone === '') return null;
  const digits = phone.replace(/\D/g, '').length;
  if (phone.length > MAX_PHONE_LENGTH || digits < 3 || !PHONE_SHAPE.test(phone)) {
    throw badInput('phone', 'phone is not a valid phone number');
  }
  return phone;
}
