import { useMutation } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { useModalForm } from '../../components/forms/use-modal-form';
import { OrganizationMultiPicker } from '../../components/OrganizationMultiPicker';
import { graphql } from '../../gql';
import type { SituationSeverity } from '../../gql/graphql';
import { SITUATION_SEVERITIES } from './situation-values';

const EscalateComplexSituationMutation = graphql(`
  mutation EscalateComplexSituation($input: EscalateComplexSituationInput!) {
    escalateComplexSituation(input: $input) {
      situation {
        id
        version
        severity
        handlingOrganizations {
          id
          name
        }
      }
    }
  }
`);

/** Props of `EscalateSituationButton`. */
export interface EscalateSituationButtonProps {
  situation: {
    id: string;
    title: string;
    version: number;
    severity: SituationSeverity;
  };
}

/** The severities more serious than `severity`, least serious first. */
export const moreSerious = (severity: SituationSeverity): SituationSeverity[] =>
  SITUATION_SEVERITIES.slice(SITUATION_SEVERITIES.indexOf(severity) + 1);

/**
 * "Nâng mức độ": makes the situation more serious and brings more organizations into its handling;
 * the partners concerned are notified live.
 */
export function EscalateSituationButton({ situation }: EscalateSituationButtonProps) {
  const { t } = useTranslation();
  const [escalate] = useMutation(EscalateComplexSituationMutation);
  const choices = moreSerious(situation.severity);
  const modal = useModalForm({
    initialValues: {
      severity: choices[0] ?? situation.severity,
      joining: [] as { id: string; name: string }[],
    },
    serverFields: { addHandlingOrganizationIds: 'joining' },
    submit: (values) =>
      escalate({
        variables: {
          input: {
            situationId: situation.id,
            expectedVersion: situation.version,
            severity: values.severity,
            addHandlingOrganizationIds: values.joining.map((o) => o.id),
          },
        },
      }),
  });
  if (choices.length === 0) return null;
  return (
    <ModalForm
      label={t('situations.escalate')}
      title={t('situations.escalateOf', { title: situation.title })}
      button={{ variant: 'light', color: 'orange', size: 'xs' }}
      submitLabel={t('situations.escalateSubmit')}
      modal={modal}
    >
      <Select
        label={t('situations.newSeverity')}
        data={choices.map((value) => ({ value, label: t(`situationSeverity.${value}`) }))}
        allowDeselect={false}
        {...modal.field('severity')}
      />
      <OrganizationMultiPicker
        label={t('situations.joining')}
        value={modal.values.joining}
        onChange={(value) => modal.form.setFieldValue('joining', value)}
      />
    </ModalForm>
  );
}
