import type { ErrorLike } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { Button, Group, Stack } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { TableExportFormat } from '../../gql/graphql';
import { downloadFile } from './download-file';
import { AnnualReviewDocumentQuery, IndicatorValuesExportQuery } from './rollup-documents';
import { breakdownInput } from './breakdown-input';

/** Props of `ExportButtons`. */
export interface ExportButtonsProps {
  areaId: string;
  year: string;
  indicator: string;
  /** The organization whose annual review report is written. */
  organizationId: string;
}

/**
 * Downloads of what the dashboard shows: the child-area table as CSV or XLSX (Vietnamese headers,
 * the period and area in the title), and the organization's annual review report as DOCX.
 */
export function ExportButtons({ areaId, year, indicator, organizationId }: ExportButtonsProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ErrorLike | null>(null);
  const run = async (name: string, fetch: () => Promise<Parameters<typeof downloadFile>[0] | undefined>) => {
    setBusy(name);
    setError(null);
    try {
      const file = await fetch();
      if (file) downloadFile(file);
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
    } finally {
      setBusy(null);
    }
  };
  const table = (format: TableExportFormat) =>
    run(format, async () => {
      const result = await client.query({
        query: IndicatorValuesExportQuery,
        variables: {
          format,
          input: breakdownInput(areaId, indicator, year),
        },
        fetchPolicy: 'no-cache',
      });
      return result.data?.indicatorValuesExport;
    });
  const review = () =>
    run('DOCX', async () => {
      const result = await client.query({
        query: AnnualReviewDocumentQuery,
        variables: { organizationId, year: Number(year) },
        fetchPolicy: 'no-cache',
      });
      return result.data?.annualReviewDocument;
    });
  const icon = <IconDownload size={16} aria-hidden />;
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button
          variant="default"
          size="sm"
          leftSection={icon}
          loading={busy === 'CSV'}
          onClick={() => void table('CSV')}
        >
          {t('reports.dashboard.exportCsv')}
        </Button>
        <Button
          variant="default"
          size="sm"
          leftSection={icon}
          loading={busy === 'XLSX'}
          onClick={() => void table('XLSX')}
        >
          {t('reports.dashboard.exportXlsx')}
        </Button>
        <Button
          variant="light"
          size="sm"
          leftSection={icon}
          loading={busy === 'DOCX'}
          onClick={() => void review()}
        >
          {t('reports.dashboard.annualReview', { year })}
        </Button>
      </Group>
      {error && <ErrorAlert error={error} />}
    </Stack>
  );
}
