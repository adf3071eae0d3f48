import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SIDES, useOversightSide } from './use-oversight-side';

/** Chooses the records the organization made or those about it (`kind` names them in the locale files). */
export function SideControl({ kind }: { kind: 'critique' | 'supervision' }) {
  const { t } = useTranslation();
  const [side, setSide] = useOversightSide();
  return (
    <SegmentedControl
      aria-label={t('oversight.sideLabel')}
      value={side}
      onChange={(value) => setSide(value === 'of' ? 'of' : 'by')}
      data={SIDES.map((value) => ({ value, label: t(`oversight.side.${kind}.${value}`) }))}
      w="fit-content"
    />
  );
}
