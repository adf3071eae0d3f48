import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ReportFormsQuery } from './report-documents';
import { recentPeriodKeys } from './report-labels';

/**
 * The form and period a reports screen shows: the first active form and its latest ended period
 * (the one before the current) by default, then what the viewer chooses.
 */
export function useFormPeriod() {
  const forms = useQuery(ReportFormsQuery).data?.reportForms ?? [];
  const [chosenFormId, setFormId] = useState<string | null>(null);
  const [chosenPeriod, setPeriodKey] = useState<string | null>(null);
  const form = forms.find((f) => f.id === chosenFormId) ?? forms[0] ?? null;
  const periodKeys = form ? recentPeriodKeys(form.periodType) : [];
  const periodKey =
    chosenPeriod && periodKeys.includes(chosenPeriod) ? chosenPeriod : (periodKeys[1] ?? null);
  return { forms, form, periodKeys, periodKey, setFormId, setPeriodKey };
}
