import { NumberInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { countedFrom, formatValue } from './report-labels';
import type { FormIndicator } from './report-entry-state';

/** Props of `IndicatorField`. */
export interface IndicatorFieldProps {
  indicator: FormIndicator;
  /** What the screen shows: the typed value, the frozen count, or the derived ratio. */
  value: number | null | undefined;
  /** An ENTERED indicator of a report that may be edited now. */
  editable: boolean;
  onChange: (value: number | '') => void;
  /** A message next to the field (a refused value, a broken validation rule). */
  error?: string | null;
}

/**
 * One indicator of a report: typed ones as a number input; counted and derived ones read-only,
 * saying where the number comes from (the platform's records, frozen at submission, or a formula).
 */
export function IndicatorField({ indicator, value, editable, onChange, error }: IndicatorFieldProps) {
  const { t, i18n } = useTranslation();
  const label = i18n.language === 'en' ? indicator.nameEn : indicator.nameVi;
  if (indicator.source === 'ENTERED' && editable) {
    const whole = indicator.unit === 'COUNT' || indicator.unit === 'PEOPLE';
    return (
      <NumberInput
        label={label}
        description={t(`indicatorUnit.${indicator.unit}`)}
        value={value ?? ''}
        onChange={(next) => onChange(typeof next === 'number' ? next : next === '' ? '' : Number(next))}
        min={0}
        max={indicator.unit === 'PERCENT' ? 100 : undefined}
        allowDecimal={!whole}
        allowNegative={false}
        thousandSeparator={i18n.language === 'en' ? ',' : '.'}
        decimalSeparator={i18n.language === 'en' ? '.' : ','}
        error={error}
      />
    );
  }
  const source =
    indicator.source === 'COUNTED'
      ? t(`reports.countedFrom.${countedFrom(indicator.code)}`)
      : indicator.source === 'DERIVED'
        ? t('reports.derivedFrom')
        : t('reports.enteredByUnit');
  const empty = indicator.source === 'COUNTED' ? t('reports.countedOnSubmit') : '—';
  return (
    <TextInput
      label={label}
      description={indicator.description ?? source}
      value={value === null || value === undefined ? '' : formatValue(value, indicator.unit, i18n.language)}
      placeholder={empty}
      readOnly
      variant="filled"
      error={error}
    />
  );
}
