import { required } from '../../components/forms/rules';
import { localDateInVietnam } from '../../i18n/format-date';

/** The fields of an answer (to a critique or a recommendation): its text and its day, today by default. */
export const answerValues = () => ({ answer: '', answeredOn: localDateInVietnam() });

/** The checks of an answer's fields: both are needed. */
export const answerRules = {
  answer: required<string, unknown>('oversight.answerRequired'),
  answeredOn: required<string, unknown>('oversight.answeredOnRequired'),
};
