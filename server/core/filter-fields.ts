import { Field } from 'type-graphql';
import { LocalDate } from './scalars.js';

/**
 * `periodFrom` of a list filter over records that cover a period (reports,
 * supervisions): those ending on or after the date.
 */
export const PeriodFrom = (): PropertyDecorator =>
  Field(() => LocalDate, { nullable: true, description: 'Periods ending on or after.' });

/**
 * `periodTo` of such a filter: records starting on or before the date; the
 * resolver refuses one before `periodFrom` (`assertDateOrder`).
 */
export const PeriodTo = (): PropertyDecorator =>
  Field(() => LocalDate, {
    nullable: true,
    description: 'Periods starting on or before; not before periodFrom.',
  });
