import { Group, Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPeriod } from './report-labels';
import type { useFormPeriod } from './use-form-period';

/** The form and period selects of a reports screen (and more filters beside them). */
export function FormPeriodFilters({
  state,
  children,
}: {
  state: ReturnType<typeof useFormPeriod>;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" mb="md" grow preventGrowOverflow={false} wrap="wrap">
      <Select
        label={t('reports.filters.form')}
        data={state.forms.map((f) => ({ value: f.id, label: f.name }))}
        value={state.form?.id ?? null}
        onChange={(value) => value && state.setFormId(value)}
        allowDeselect={false}
        miw={220}
      />
      <Select
        label={t('reports.filters.period')}
        data={state.periodKeys.map((key) => ({ value: key, label: formatPeriod(key, t) }))}
        value={state.periodKey}
        onChange={(value) => value && state.setPeriodKey(value)}
        allowDeselect={false}
        miw={160}
      />
      {children}
    </Group>
  );
}
