/**
 * The client's recurrence choices: the RRULE each choice sends for a first date, and the words
 * the schedule form and a meeting's page say for it, in Vietnamese and English.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  choiceOfRule,
  describeChoice,
  describeRule,
  recurrenceRule,
} from '../client/src/features/schedule/recurrence.js';
import { projectRoot } from '../server/core/db/orm.js';

const load = (language: string) =>
  JSON.parse(readFileSync(path.join(projectRoot, 'client/src/locales', `${language}.json`), 'utf8'));

let vi: TFunction;
let en: TFunction;

beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'vi',
    resources: { vi: { translation: load('vi') }, en: { translation: load('en') } },
    interpolation: { escapeValue: false },
  });
  vi = i18n.getFixedT('vi');
  en = i18n.getFixedT('en');
});

describe('client recurrence', () => {
  it('sends the rule of each choice for the first date', () => {
    // 2027-01-04 is the first Monday of January; 2027-03-29 the last (fifth) Monday of March.
    expect(recurrenceRule('NONE', '2027-01-04')).toBeNull();
    expect(recurrenceRule('WEEKLY', '2027-01-04')).toBe('FREQ=WEEKLY;BYDAY=MO');
    expect(recurrenceRule('MONTHLY_WEEKDAY', '2027-01-04')).toBe('FREQ=MONTHLY;BYDAY=1MO');
    expect(recurrenceRule('MONTHLY_WEEKDAY', '2027-01-20')).toBe('FREQ=MONTHLY;BYDAY=3WE');
    expect(recurrenceRule('MONTHLY_WEEKDAY', '2027-03-29')).toBe('FREQ=MONTHLY;BYDAY=-1MO');
    expect(recurrenceRule('MONTHLY_DAY', '2027-01-15')).toBe('FREQ=MONTHLY;BYMONTHDAY=15');
  });

  it('says each choice in words, Vietnamese first', () => {
    expect(describeChoice(vi, 'MONTHLY_WEEKDAY', '2027-01-04')).toBe('thứ Hai đầu tiên hằng tháng');
    expect(describeChoice(vi, 'MONTHLY_WEEKDAY', '2027-03-29')).toBe('thứ Hai cuối cùng hằng tháng');
    expect(describeChoice(vi, 'WEEKLY', '2027-01-08')).toBe('Hằng tuần vào thứ Sáu');
    expect(describeChoice(vi, 'MONTHLY_DAY', '2027-01-15')).toBe('Ngày 15 hằng tháng');
    expect(describeChoice(vi, 'NONE', '2027-01-15')).toBe('Không lặp lại');
    expect(describeChoice(en, 'MONTHLY_WEEKDAY', '2027-01-20')).toBe('The third Wednesday of every month');
  });

  it('reads a stored rule (with its COUNT or UNTIL) back into words, or nothing for other shapes', () => {
    expect(describeRule(vi, 'FREQ=MONTHLY;BYDAY=1MO;COUNT=6')).toBe('thứ Hai đầu tiên hằng tháng');
    expect(describeRule(vi, 'FREQ=WEEKLY;BYDAY=TH;UNTIL=20271231T165959Z')).toBe('Hằng tuần vào thứ Năm');
    expect(choiceOfRule('FREQ=MONTHLY;BYMONTHDAY=1;COUNT=12')).toEqual({ choice: 'MONTHLY_DAY', day: 1 });
    expect(describeRule(vi, 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=4')).toBeNull();
    expect(describeRule(vi, 'FREQ=YEARLY;BYMONTH=1;COUNT=3')).toBeNull();
  });
});
