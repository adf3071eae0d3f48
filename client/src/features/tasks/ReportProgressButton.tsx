import { useMutation } from '@apollo/client/react';
import { NumberInput, Select, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { graphql } from '../../gql';

const ReportTaskProgressMutation = graphql(`
  mutation ReportTaskProgress($input: ReportTaskProgressInput!) {
    reportTaskProgress(input: $input) {
      task {
        id
        version
        progressPercent
        status
      }
    }
  }
`);

/** Props of `ReportProgressButton`. */
export interface ReportProgressButtonProps {
  taskId: string;
  /** Assigned organizations the viewer works for: the report is made on behalf of one. */
  organizations: { id: string; name: string }[];
}

/** "Báo cáo tiến độ": a percentage and what was done, on behalf of an assigned organization. */
export function ReportProgressButton({ taskId, organizations }: ReportProgressButtonProps) {
  const { t } = useTranslation();
  const [report] = useMutation(ReportTaskProgressMutation, { refetchQueries: ['TaskPage'] });
  const modal = useModalForm({
    initialValues: { organizationId: organizations[0]?.id ?? '', percent: 50 as number | string, body: '' },
    validate: { body: required('tasks.reportBodyRequired') },
    submit: ({ organizationId, percent, body }) =>
      report({
        variables: { input: { taskId, organizationId, percent: Number(percent) || 0, body: body.trim() } },
      }),
  });
  return (
    <ModalForm label={t('tasks.reportProgress')} modal={modal} submitLabel={t('tasks.send')}>
      {organizations.length > 1 && (
        <Select
          label={t('tasks.reportingOrganization')}
          data={organizations.map((o) => ({ value: o.id, label: o.name }))}
          allowDeselect={false}
          {...modal.field('organizationId')}
        />
      )}
      <NumberInput
        label={t('tasks.percent')}
        min={0}
        max={100}
        clampBehavior="strict"
        suffix="%"
        {...modal.field('percent')}
        data-autofocus
      />
      <Textarea label={t('tasks.reportBody')} required {...modal.field('body')} />
    </ModalForm>
  );
}
