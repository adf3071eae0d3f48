import { useQuery } from '@apollo/client/react';
import { Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { formatValue } from './report-labels';
import { IndicatorValuesQuery } from './rollup-documents';

/** The figures a review conference reads first. */
const HEADLINE = [
  'DIALOGUES_HELD',
  'MODELS_REGISTERED',
  'MODELS_MAINTAINED',
  'MODELS_NEW',
  'FRIENDLY_GOVERNMENT_RATE',
  'PETITIONS_RESOLUTION_RATE',
];

/** Props of `HeadlineFigures`. */
export interface HeadlineFiguresProps {
  areaId: string;
  year: string;
}

/**
 * The year's headline figures over an area, each with last year's beside it; a ratio shows its
 * parts ("166/200 = 83%").
 */
export function HeadlineFigures({ areaId, year }: HeadlineFiguresProps) {
  const { t, i18n } = useTranslation();
  const query = useQuery(IndicatorValuesQuery, {
    variables: {
      input: { areaId, indicatorCodes: HEADLINE, periodType: 'YEAR', from: year, to: year, groupBy: 'NONE' },
    },
  });
  if (query.error && !query.data)
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <LoadingState />;
  const number = (value: number | null | undefined) => formatValue(value, 'COUNT', i18n.language);
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} role="list" aria-label={t('reports.dashboard.headline')}>
      {query.data.indicatorValues.values.map((row) => {
        const name = i18n.language === 'en' ? row.indicator.nameEn : row.indicator.nameVi;
        const ratio =
          row.numerator !== null && row.numerator !== undefined && row.denominator
            ? `${number(row.numerator)}/${number(row.denominator)} = `
            : '';
        const previous = row.previous?.value;
        return (
          <Card key={row.indicatorCode} withBorder padding="md" role="listitem" aria-label={name}>
            <Text size="sm" c="dimmed" lineClamp={2}>
              {name}
            </Text>
            <Text fz={28} fw={700}>
              {ratio}
              {formatValue(row.value, row.indicator.unit, i18n.language)}
            </Text>
            <Text size="xs" c="dimmed">
              {t('reports.dashboard.previousYear', {
                year: Number(year) - 1,
                value: formatValue(previous, row.indicator.unit, i18n.language),
              })}
              {' · '}
              {t('reports.dashboard.reportsIncluded', {
                reports: row.reports,
                expected: row.expectedReports,
              })}
            </Text>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
