import { type EnumMember, stringEnum } from '../../core/enums.js';
import { DomainError, ErrorCode } from '../../core/errors.js';

/**
 * Why a report change was refused, in `extensions.reason` beside the code
 * (`BAD_USER_INPUT`, `CONFLICT`, `FORBIDDEN`), so clients can place the
 * message next to the right field.
 * - `INDICATOR_NOT_ENTERED`: A COUNTED or DERIVED indicator: its value comes from the records,
 *   not from the form.
 * - `LOCKED`: Approved: only a correction (a new version) changes it.
 * - `WRONG_STATUS`: Submitted and awaiting review: neither editable nor approvable again.
 */
export const ReportRefusal = stringEnum(
  'INDICATOR_NOT_ON_FORM INDICATOR_NOT_ENTERED NEGATIVE_VALUE NOT_A_WHOLE_NUMBER',
  'PERCENT_OVER_100 PERIOD_TYPE_MISMATCH PERIOD_NOT_ENDED LOCKED WRONG_STATUS',
  'NOT_REQUIRED_TO_SUBMIT VALIDATION_RULE_FAILED OWN_SUBMISSION FORM_INACTIVE',
);
/** A member of {@link ReportRefusal}. */
export type ReportRefusal = EnumMember<typeof ReportRefusal>;

/** A refused report input (`BAD_USER_INPUT`) on `field`. */
export const refusedInput = (
  reason: ReportRefusal,
  field: string,
  message: string,
  details: Record<string, unknown> = {},
): DomainError => new DomainError(ErrorCode.BAD_USER_INPUT, message, { field, reason, ...details });

/** A report change refused by its state (`CONFLICT`). */
export const refusedState = (
  reason: ReportRefusal,
  message: string,
  details: Record<string, unknown> = {},
): DomainError => new DomainError(ErrorCode.CONFLICT, message, { reason, ...details });
