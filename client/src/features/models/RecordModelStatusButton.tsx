import { useMutation } from '@apollo/client/react';
import { Group, Select, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { useModalForm } from '../../components/forms/use-modal-form';
import { graphql } from '../../gql';
import type { ModelStatus } from '../../gql/graphql';
import { ModelPicker } from './ModelPicker';
import { currentYear, recentYears } from './use-model-filters';

const RecordModelStatusMutation = graphql(`
  mutation RecordModelStatus($input: RecordModelStatusInput!) {
    recordModelStatus(input: $input) {
      model {
        id
        version
        latestStatus
        latestYear
        ...ModelStatuses
      }
    }
  }
`);

/** The statuses recorded here (NEW is the registration year's). */
const RECORDABLE: ModelStatus[] = ['MAINTAINED', 'COMMENDED', 'REPLICATED', 'DISCONTINUED', 'NEW'];

type ModelOption = { id: string; name: string };

/** Props of `RecordModelStatusButton`. */
export interface RecordModelStatusButtonProps {
  modelId: string;
  version: number;
  yearRegistered: number;
}

/**
 * "Ghi nhận tình trạng": the model's status in a year (maintained, commended, replicated — with
 * the replica —, discontinued);
 * a status already recorded for the year is replaced. Stale versions get CONFLICT.
 */
export function RecordModelStatusButton({ modelId, version, yearRegistered }: RecordModelStatusButtonProps) {
  const { t } = useTranslation();
  const [record] = useMutation(RecordModelStatusMutation, { refetchQueries: ['ModelList'] });
  const modal = useModalForm({
    initialValues: {
      year: String(currentYear()),
      status: 'MAINTAINED' as ModelStatus,
      note: '',
      replica: null as ModelOption | null,
    },
    validate: {
      replica: (replica, values) =>
        values.status === 'REPLICATED' && !replica ? 'modelActions.replicaRequired' : null,
    },
    serverFields: { replicaModelId: 'replica' },
    submit: (values) =>
      record({
        variables: {
          input: {
            modelId,
            expectedVersion: version,
            year: Number(values.year),
            status: values.status,
            note: values.note.trim() || null,
            replicaModelId: values.status === 'REPLICATED' ? (values.replica?.id ?? null) : null,
          },
        },
      }),
  });
  return (
    <ModalForm
      label={t('modelActions.recordStatus')}
      modal={modal}
      submitLabel={t('modelActions.recordStatus')}
    >
      <Group grow align="flex-start">
        <Select
          label={t('modelActions.year')}
          data={recentYears()
            .filter((year) => year >= yearRegistered)
            .map(String)}
          allowDeselect={false}
          {...modal.field('year')}
        />
        <Select
          label={t('modelActions.status')}
          data={RECORDABLE.map((value) => ({ value, label: t(`modelStatus.${value}`) }))}
          allowDeselect={false}
          {...modal.field('status')}
        />
      </Group>
      {modal.values.status === 'REPLICATED' && (
        <ModelPicker
          label={t('modelActions.replica')}
          required
          excludeId={modelId}
          {...modal.field('replica')}
        />
      )}
      <Textarea label={t('modelActions.note')} minRows={2} autosize {...modal.field('note')} />
    </ModalForm>
  );
}
