import { useQuery } from '@apollo/client/react';
import { Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/LoadingState';
import { PageTitle } from '../../components/PageTitle';
import { RequireOrganization } from '../../current-organization/RequireOrganization';
import { useRecordingOrganization } from '../../current-organization/use-recording-organization';
import { ChildAreaBreakdown } from './ChildAreaBreakdown';
import { ExportButtons } from './ExportButtons';
import { HeadlineFigures } from './HeadlineFigures';
import { PeriodTrend } from './PeriodTrend';
import { formatPeriod } from './report-labels';
import { ReportsTabs } from './ReportsTabs';
import { ReportIndicatorsQuery } from './rollup-documents';
import { useDashboardParams } from './use-dashboard-params';

function Dashboard({ organizationId }: { organizationId: string }) {
  const { t, i18n } = useTranslation();
  const params = useDashboardParams();
  const home = useRecordingOrganization(organizationId)?.area;
  const indicators = useQuery(ReportIndicatorsQuery).data?.reportIndicators ?? [];
  if (!home) return <LoadingState />;
  const areaId = params.areaId ?? home.id;
  return (
    <Stack>
      <Group align="flex-end" justify="space-between" wrap="wrap">
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t('reports.filters.year')}
            data={params.years.map((year) => ({ value: year, label: formatPeriod(year, t) }))}
            value={params.year}
            onChange={(value) => value && params.setYear(value)}
            allowDeselect={false}
            w={140}
          />
          <Select
            label={t('reports.filters.indicator')}
            data={indicators.map((i) => ({
              value: i.code,
              label: i18n.language === 'en' ? i.nameEn : i.nameVi,
            }))}
            value={params.indicator}
            onChange={(value) => value && params.setIndicator(value)}
            allowDeselect={false}
            searchable
            miw={260}
          />
        </Group>
        <ExportButtons
          areaId={areaId}
          year={params.year}
          indicator={params.indicator}
          organizationId={organizationId}
        />
      </Group>
      <Text size="sm" c="dimmed">
        {t('reports.dashboard.source')}
      </Text>
      <HeadlineFigures areaId={areaId} year={params.year} />
      <ChildAreaBreakdown
        areaId={areaId}
        year={params.year}
        indicator={params.indicator}
        onArea={(id) => params.setArea(id && id !== home.id ? id : null)}
        drilled={areaId !== home.id}
      />
      <PeriodTrend areaId={areaId} year={params.year} indicator={params.indicator} />
    </Stack>
  );
}

/** "Chỉ tiêu tổng hợp": the indicators rolled up over the organization's area, charted, with drill-down and exports. */
export default function IndicatorsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('reports.dashboard.title')} intro={t('reports.dashboard.intro')} />
      <ReportsTabs />
      <RequireOrganization>
        {(organization) => <Dashboard organizationId={organization.id} />}
      </RequireOrganization>
    </>
  );
}
