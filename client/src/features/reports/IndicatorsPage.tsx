import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { ReportsTabs } from './ReportsTabs';

/** "Chỉ tiêu tổng hợp": the indicators dashboard. */
export default function IndicatorsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('reports.tabs.indicators')} />
      <ReportsTabs />
    </>
  );
}
