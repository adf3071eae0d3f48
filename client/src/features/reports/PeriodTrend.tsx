import { useQuery } from '@apollo/client/react';
import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { SectionCard } from '../../components/SectionCard';
import { formatPeriod, formatValue } from './report-labels';
import { IndicatorValuesQuery } from './rollup-documents';

/** How many years the line goes back. */
const YEARS = 5;

/** One indicator over the last years up to `year`, for an area: a line over periods. */
export function PeriodTrend({
  areaId,
  year,
  indicator,
}: {
  areaId: string;
  year: string;
  indicator: string;
}) {
  const { t, i18n } = useTranslation();
  const from = String(Number(year) - YEARS + 1);
  const query = useQuery(IndicatorValuesQuery, {
    variables: {
      input: { areaId, indicatorCodes: [indicator], periodType: 'YEAR', from, to: year, groupBy: 'PERIOD' },
    },
  });
  if (query.error && !query.data)
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <LoadingState />;
  const values = query.data.indicatorValues.values;
  const unit = values[0]?.indicator.unit ?? 'COUNT';
  const name = values[0]
    ? i18n.language === 'en'
      ? values[0].indicator.nameEn
      : values[0].indicator.nameVi
    : '';
  const data = values.map((row) => ({ period: formatPeriod(row.fromPeriod, t), value: row.value }));
  const format = (value: unknown) => formatValue(Number(value), unit, i18n.language);
  return (
    <SectionCard title={t('reports.dashboard.overPeriods')} intro={name}>
      <Box h={260} aria-hidden>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ left: 8, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="period" tick={{ fontSize: 12 }} />
            <YAxis tickFormatter={format} width={60} />
            <Tooltip formatter={format} />
            <Legend />
            <Line
              isAnimationActive={false}
              dataKey="value"
              name={name}
              stroke="var(--mantine-color-blue-6)"
              strokeWidth={2}
              connectNulls
            />
          </LineChart>
        </ResponsiveContainer>
      </Box>
    </SectionCard>
  );
}
