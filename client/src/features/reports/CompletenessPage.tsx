import { useQuery } from '@apollo/client/react';
import { Badge, Card, Group, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaPicker } from '../../components/AreaPicker';
import { EmptyNote } from '../../components/EmptyNote';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { OrganizationLink } from '../../components/OrganizationLink';
import { PageTitle } from '../../components/PageTitle';
import { SectionCard } from '../../components/SectionCard';
import type { AreaOption } from '../../components/use-area-search';
import { RequireOrganization } from '../../current-organization/RequireOrganization';
import { useRecordingOrganization } from '../../current-organization/use-recording-organization';
import { graphql } from '../../gql';
import type { ReportStatus } from '../../gql/graphql';
import { useFormatLocalDate } from '../../i18n/format-date';
import { FormPeriodFilters } from './FormPeriodFilters';
import { formatPeriod, formatRate, rateColor } from './report-labels';
import { ReportsTabs } from './ReportsTabs';
import { useFormPeriod } from './use-form-period';

const ReportCompletenessQuery = graphql(`
  query ReportCompleteness($areaId: ID!, $formId: ID!, $periodKey: String!) {
    reportCompleteness(areaId: $areaId, formId: $formId, periodKey: $periodKey) {
      expected
      submitted
      submittedOnTime
      approved
      reportingRate
      onTimeRate
      dueOn
      missing(first: 100) {
        totalCount
        edges {
          node {
            id
            overdue
            status
            organization {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** How a missing report stands, and its colour: overdue (red), returned (orange), being written (yellow), not begun. */
function missingState(overdue: boolean, status: ReportStatus | null | undefined) {
  if (status === 'RETURNED') return { key: 'returned', color: 'orange' } as const;
  if (overdue) return { key: 'overdue', color: 'red' } as const;
  if (status === 'DRAFT') return { key: 'draft', color: 'yellow' } as const;
  return { key: 'notStarted', color: 'gray' } as const;
}

function Rate({ label, rate }: { label: string; rate: number | null | undefined }) {
  const { i18n } = useTranslation();
  return (
    <Card withBorder padding="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz="xl" fw={700} c={rateColor(rate)}>
        {formatRate(rate, i18n.language)}
      </Text>
      <Progress value={rate ?? 0} color={rateColor(rate)} aria-hidden mt={4} />
    </Card>
  );
}

function Completeness({ area, formId, periodKey }: { area: AreaOption; formId: string; periodKey: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const query = useQuery(ReportCompletenessQuery, {
    variables: { areaId: area.id, formId, periodKey },
    fetchPolicy: 'cache-and-network',
  });
  if (query.error && !query.data)
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <LoadingState />;
  const c = query.data.reportCompleteness;
  const counts = [
    ['expected', c.expected],
    ['submitted', c.submitted],
    ['onTime', c.submittedOnTime],
    ['approved', c.approved],
  ] as const;
  return (
    <Stack>
      <Table withTableBorder aria-label={t('reports.completeness.summary')}>
        <Table.Thead>
          <Table.Tr>
            {counts.map(([key]) => (
              <Table.Th key={key}>{t(`reports.completeness.${key}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            {counts.map(([key, value]) => (
              <Table.Td key={key} fz="lg" fw={600}>
                {value}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Rate label={t('reports.completeness.reportingRate')} rate={c.reportingRate} />
        <Rate label={t('reports.completeness.onTimeRate')} rate={c.onTimeRate} />
      </SimpleGrid>
      <SectionCard
        title={t('reports.completeness.missing', { count: c.missing.totalCount })}
        intro={t('reports.completeness.dueOn', { date: formatDate(c.dueOn) })}
      >
        {c.missing.edges.length === 0 ? (
          <EmptyNote>{t('reports.completeness.noneMissing')}</EmptyNote>
        ) : (
          <Table.ScrollContainer minWidth={320}>
            <Table striped aria-label={t('reports.completeness.missingLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reports.completeness.organization')}</Table.Th>
                  <Table.Th>{t('reports.completeness.state')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {c.missing.edges.map(({ node }) => {
                  const state = missingState(node.overdue, node.status);
                  return (
                    <Table.Tr key={node.id}>
                      <Table.Td>
                        <OrganizationLink organization={node.organization} />
                      </Table.Td>
                      <Table.Td>
                        <Badge color={state.color} variant="light" tt="none">
                          {t(`reports.completeness.states.${state.key}`)}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {c.missing.totalCount > c.missing.edges.length && (
          <Text size="sm" c="dimmed" mt="xs">
            {t('reports.completeness.more', { count: c.missing.totalCount - c.missing.edges.length })}
          </Text>
        )}
      </SectionCard>
    </Stack>
  );
}

function CompletenessOf({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const state = useFormPeriod();
  const home = useRecordingOrganization(organizationId)?.area;
  const [chosen, setChosen] = useState<AreaOption | null>(null);
  const area = chosen ?? home ?? null;
  return (
    <>
      <FormPeriodFilters state={state}>
        <AreaPicker label={t('reports.filters.area')} value={area} onChange={setChosen} />
      </FormPeriodFilters>
      {state.form && state.periodKey && area ? (
        <>
          <Group mb="xs">
            <Text fw={600}>
              {t('reports.completeness.heading', {
                form: state.form.name,
                period: formatPeriod(state.periodKey, t),
                area: area.name,
              })}
            </Text>
          </Group>
          <Completeness area={area} formId={state.form.id} periodKey={state.periodKey} />
        </>
      ) : (
        <LoadingState />
      )}
    </>
  );
}

/** "Tình hình nộp báo cáo": expected, submitted and on-time reports over an area, and who has not reported. */
export default function CompletenessPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('reports.completeness.title')} intro={t('reports.completeness.intro')} />
      <ReportsTabs />
      <RequireOrganization>
        {(organization) => <CompletenessOf organizationId={organization.id} />}
      </RequireOrganization>
    </>
  );
}
