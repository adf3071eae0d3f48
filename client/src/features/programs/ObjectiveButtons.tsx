import { useMutation } from '@apollo/client/react';
import { Group, NumberInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { graphql } from '../../gql';
import { localDateInVietnam } from '../../i18n/format-date';

const SetProgramObjectiveMutation = graphql(`
  mutation SetProgramObjective($input: SetProgramObjectiveInput!) {
    setProgramObjective(input: $input) {
      program {
        id
        ...ProgramObjectives
      }
    }
  }
`);

const RecordObjectiveValueMutation = graphql(`
  mutation RecordObjectiveValue($input: RecordObjectiveValueInput!) {
    recordObjectiveValue(input: $input) {
      objective {
        id
        latestValue
        latestRecordedOn
        progressPercent
      }
    }
  }
`);

/** An objective as its form shows it. */
export interface ObjectiveValues {
  key: string;
  title: string;
  unit: string;
  target: number | string;
  targetDate: string;
}

const isNumber = (value: number | string) => typeof value === 'number' && Number.isFinite(value);

/** "Thêm mục tiêu" / "Sửa mục tiêu": an objective by its key (an existing key is updated, so the key is fixed when editing). */
export function SetObjectiveButton({
  programId,
  objective,
}: {
  programId: string;
  objective?: ObjectiveValues;
}) {
  const { t } = useTranslation();
  const [setObjective] = useMutation(SetProgramObjectiveMutation);
  const modal = useModalForm({
    initialValues: objective ?? { key: '', title: '', unit: '', target: '', targetDate: '' },
    validate: {
      key: required('programActions.keyRequired'),
      title: required('programActions.objectiveTitleRequired'),
      unit: required('programActions.unitRequired'),
      target: (target) => (isNumber(target) && Number(target) > 0 ? null : 'programActions.targetInvalid'),
    },
    submit: (values) =>
      setObjective({
        variables: {
          input: {
            programId,
            key: values.key.trim(),
            title: values.title.trim(),
            unit: values.unit.trim(),
            target: Number(values.target),
            targetDate: values.targetDate || null,
          },
        },
      }),
  });
  const label = objective ? t('programActions.editObjective') : t('programActions.setObjective');
  return (
    <ModalForm label={label} button={{ variant: objective ? 'subtle' : 'light', size: 'xs' }} modal={modal}>
      <TextInput
        label={t('programActions.key')}
        required
        readOnly={Boolean(objective)}
        {...modal.field('key')}
      />
      <TextInput label={t('programActions.objectiveTitle')} required {...modal.field('title')} />
      <Group grow align="flex-start">
        <NumberInput label={t('programActions.target')} required min={0} {...modal.field('target')} />
        <TextInput label={t('programActions.unit')} required {...modal.field('unit')} />
      </Group>
      <TextInput type="date" label={t('programActions.targetDate')} {...modal.field('targetDate')} />
    </ModalForm>
  );
}

/** Props of `RecordObjectiveValueButton`. */
export interface RecordObjectiveValueButtonProps {
  programId: string;
  objective: { key: string; title: string; unit: string };
}

/** "Ghi kết quả": the value an objective has reached on a day (today by default), with a note. */
export function RecordObjectiveValueButton({ programId, objective }: RecordObjectiveValueButtonProps) {
  const { t } = useTranslation();
  const [record] = useMutation(RecordObjectiveValueMutation);
  const modal = useModalForm({
    initialValues: { value: '' as number | string, recordedOn: localDateInVietnam(), note: '' },
    validate: { value: (value) => (isNumber(value) ? null : 'programActions.valueInvalid') },
    submit: ({ value, recordedOn, note }) =>
      record({
        variables: {
          input: {
            programId,
            objectiveKey: objective.key,
            value: Number(value),
            recordedOn: recordedOn || null,
            note: note.trim() || null,
          },
        },
      }),
  });
  return (
    <ModalForm
      label={t('programActions.recordValue')}
      title={t('programActions.recordValueTitle', { title: objective.title })}
      button={{ variant: 'light', size: 'xs' }}
      modal={modal}
    >
      <NumberInput
        label={`${t('programActions.value')} (${objective.unit})`}
        required
        {...modal.field('value')}
        data-autofocus
      />
      <TextInput type="date" label={t('programActions.recordedOn')} {...modal.field('recordedOn')} />
      <TextInput label={t('programActions.note')} {...modal.field('note')} />
    </ModalForm>
  );
}
