import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SCOPES } from './meeting-scope';

/** "Áp dụng cho": this occurrence, this and the following ones, or the whole series (a form field's props). */
export function ScopeSelect(props: Omit<SelectProps, 'data' | 'label'>) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('meeting.scope')}
      data={SCOPES.map((value) => ({ value, label: t(`meetingScope.${value}`) }))}
      allowDeselect={false}
      {...props}
    />
  );
}
