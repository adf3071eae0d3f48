import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { ModalForm } from '../../components/forms/ModalForm';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { graphql } from '../../gql';
import { ReportFormsQuery, SaveReportDraftMutation } from './report-documents';
import { reportRefusalOf } from './report-errors';
import { formatPeriod, recentPeriodKeys } from './report-labels';

const OpenReportLookupQuery = graphql(`
  query OpenReportLookup($filter: ReportSubmissionFilter!) {
    reportSubmissions(filter: $filter, first: 1) {
      edges { node { id } }
    }
  }
`);

/**
 * "Lập báo cáo": opens the organization's report on a form for a period (a new draft), or goes
 * to the one already open for that period.
 */
export function OpenReportButton({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const forms = useQuery(ReportFormsQuery).data?.reportForms ?? [];
  const [save] = useMutation(SaveReportDraftMutation, { refetchQueries: ['OrganizationReports'] });
  const modal = useModalForm({
    initialValues: { formId: forms[0]?.id ?? '', periodKey: '' },
    validate: {
      formId: required('reports.open.formRequired'),
      periodKey: required('reports.open.periodRequired'),
    },
    submit: async ({ formId, periodKey }) => {
      try {
        const result = await save({
          variables: { input: { formId, organizationId, periodKey, values: [], expectedVersion: null } },
        });
        return result.data?.saveReportDraft.submission.id;
      } catch (error) {
        if (reportRefusalOf(error)?.code !== 'CONFLICT') throw error;
        const existing = await client.query({
          query: OpenReportLookupQuery,
          variables: { filter: { organizationId, formId, periodKey } },
          fetchPolicy: 'network-only',
        });
        const id = existing.data?.reportSubmissions.edges[0]?.node.id;
        if (!id) throw error;
        return id;
      }
    },
    onSuccess: (id) => id && void navigate(paths.reportSubmission(id)),
  });
  const form = forms.find((f) => f.id === modal.values.formId);
  return (
    <ModalForm label={t('reports.open.title')} modal={modal} submitLabel={t('reports.open.submit')}>
      <Select
        label={t('reports.open.form')}
        required
        data={forms.map((f) => ({ value: f.id, label: f.name }))}
        allowDeselect={false}
        {...modal.field('formId')}
      />
      <Select
        label={t('reports.open.period')}
        required
        data={(form ? recentPeriodKeys(form.periodType) : []).map((key) => ({
          value: key,
          label: formatPeriod(key, t),
        }))}
        allowDeselect={false}
        {...modal.field('periodKey')}
      />
    </ModalForm>
  );
}
