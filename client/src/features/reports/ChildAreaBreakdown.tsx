import { useQuery } from '@apollo/client/react';
import { Anchor, Box, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { SectionCard } from '../../components/SectionCard';
import { formatPeriod, formatValue } from './report-labels';
import { IndicatorValuesQuery } from './rollup-documents';
import { breakdownInput } from './breakdown-input';

/** Props of `ChildAreaBreakdown`. */
export interface ChildAreaBreakdownProps {
  areaId: string;
  year: string;
  indicator: string;
  /** Goes down into a child area, or back up (`null`: the organization's own area). */
  onArea: (areaId: string | null) => void;
  /** Whether the area shown is below the one the dashboard started from (so "back up" is offered). */
  drilled: boolean;
}

/**
 * One indicator by child area for a year, last year's beside it: a bar chart and the same figures
 * as a table whose area names drill down; "back up" returns to the area above.
 */
export function ChildAreaBreakdown({ areaId, year, indicator, onArea, drilled }: ChildAreaBreakdownProps) {
  const { t, i18n } = useTranslation();
  const query = useQuery(IndicatorValuesQuery, {
    variables: { input: breakdownInput(areaId, indicator, year) },
  });
  if (query.error && !query.data)
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <LoadingState />;
  const result = query.data.indicatorValues;
  const level = result.area ? t(`areaLevel.${result.area.level}`).toLowerCase() : '';
  const rows = result.values.map((row) => ({
    key: row.ownLevel ? 'own' : (row.areaId ?? ''),
    areaId: row.ownLevel ? null : row.areaId,
    name: row.ownLevel ? t('reports.dashboard.ownLevel', { level }) : (row.area?.name ?? '—'),
    value: row.value ?? 0,
    previous: row.previous?.value ?? 0,
    shown: formatValue(row.value, row.indicator.unit, i18n.language),
    shownPrevious: formatValue(row.previous?.value, row.indicator.unit, i18n.language),
    reports: t('reports.dashboard.reportsIncluded', { reports: row.reports, expected: row.expectedReports }),
  }));
  const unit = result.values[0]?.indicator.unit ?? 'COUNT';
  const thisYear = formatPeriod(year, t);
  const lastYear = formatPeriod(String(Number(year) - 1), t);
  const format = (value: unknown) => formatValue(Number(value), unit, i18n.language);
  return (
    <SectionCard
      title={t('reports.dashboard.byChildArea', { area: result.area?.name ?? '' })}
      actions={
        drilled && (
          <Button variant="light" size="xs" onClick={() => onArea(result.parentAreaId ?? null)}>
            {t('reports.dashboard.up')}
          </Button>
        )
      }
    >
      <Box h={Math.max(240, rows.length * 34 + 60)} aria-hidden>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tickFormatter={format} />
            <YAxis type="category" dataKey="name" width={130} tick={{ fontSize: 12 }} />
            <Tooltip formatter={format} />
            <Legend />
            <Bar
              isAnimationActive={false}
              dataKey="value"
              name={thisYear}
              fill="var(--mantine-color-blue-6)"
              cursor="pointer"
              onClick={(entry) => {
                const id = (entry as unknown as { areaId?: string | null }).areaId;
                if (id) onArea(id);
              }}
            />
            <Bar
              isAnimationActive={false}
              dataKey="previous"
              name={lastYear}
              fill="var(--mantine-color-gray-5)"
            />
          </BarChart>
        </ResponsiveContainer>
      </Box>
      <Table.ScrollContainer minWidth={320}>
        <Table striped aria-label={t('reports.dashboard.byChildAreaTable')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.dashboard.area')}</Table.Th>
              <Table.Th ta="right">{thisYear}</Table.Th>
              <Table.Th ta="right">{lastYear}</Table.Th>
              <Table.Th>{t('reports.dashboard.reports')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Td>
                  {row.areaId ? (
                    <Anchor component="button" type="button" onClick={() => row.areaId && onArea(row.areaId)}>
                      {row.name}
                    </Anchor>
                  ) : (
                    <Text size="sm">{row.name}</Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{row.shown}</Table.Td>
                <Table.Td ta="right">{row.shownPrevious}</Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {row.reports}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </SectionCard>
  );
}
